import '@servicenow/sdk/global'

declare global {
    namespace Now {
        namespace Internal {
            interface Keys extends KeysRegistry {
                explicit: {
                    bom_json: {
                        table: 'sys_module'
                        id: 'e34e092ded6e43e0ba61119305e8b4af'
                    }
                    package_json: {
                        table: 'sys_module'
                        id: '69b634309fa843ed9f1b1f66441fcdb3'
                    }
                    src_server_core_benefits_currency_ts: {
                        table: 'sys_module'
                        id: '6b4d3abc8e854303a436ab635510a912'
                    }
                    src_server_core_benefits_percent_ts: {
                        table: 'sys_module'
                        id: '15e2911621ba41deaf5e006b7566e45c'
                    }
                    src_server_core_benefits_perspective_ts: {
                        table: 'sys_module'
                        id: 'c72b2a53977e467cb0a7f5f14f7c45f5'
                    }
                    src_server_core_benefits_plan_ts: {
                        table: 'sys_module'
                        id: '6aae5e0f2faa4851992cd61071af0d2b'
                    }
                    src_server_core_benefits_settings_ts: {
                        table: 'sys_module'
                        id: '6e80eadc66e848dcb0a3b62c85f52c53'
                    }
                    src_server_core_benefits_totals_ts: {
                        table: 'sys_module'
                        id: 'c3a634e21fbf46e6bbc8a3153df7a800'
                    }
                    src_server_core_benefits_types_ts: {
                        table: 'sys_module'
                        id: '2550871b56b84fdeb63e0ff8a53fe3b1'
                    }
                    src_server_core_benefits_value_ts: {
                        table: 'sys_module'
                        id: 'eb6ba8e4576440a2889b60017eb2b21f'
                    }
                    src_server_core_fiscal_calendar_ts: {
                        table: 'sys_module'
                        id: '57911676dbbc49409a42ab9e88b7cd5c'
                    }
                    src_server_core_fiscal_config_ts: {
                        table: 'sys_module'
                        id: 'b74dc0c501674ff78ff06401735f1091'
                    }
                    src_server_core_fiscal_dates_ts: {
                        table: 'sys_module'
                        id: '02b691f31eea4c3888e34e5cfad25c38'
                    }
                    src_server_core_index_ts: {
                        table: 'sys_module'
                        id: '6648cdc3382f4d12993e53e77c0b1818'
                    }
                    src_server_core_money_ts: {
                        table: 'sys_module'
                        id: 'b4ac91025063418baf490899e9110f71'
                    }
                    src_server_core_pricing_config_ts: {
                        table: 'sys_module'
                        id: '4901f0f9aa5745a081b33806092fb562'
                    }
                    src_server_core_pricing_fields_ts: {
                        table: 'sys_module'
                        id: 'de7f8dcaeb9e43fa8e4ede48d68aafad'
                    }
                    'src_server_core_pricing_impact-score_ts': {
                        table: 'sys_module'
                        id: '231a021958dc4efab85eb50765b0028f'
                    }
                    'src_server_core_pricing_price-incident_ts': {
                        table: 'sys_module'
                        id: '7cd5e27506f543dfb7bac67a1306129a'
                    }
                    'src_server_core_pricing_resolve-guard_ts': {
                        table: 'sys_module'
                        id: '446522b8ab9a4a4c9043d197653d0893'
                    }
                    src_server_core_result_ts: {
                        table: 'sys_module'
                        id: '1e2e68b5a73e4457ad449249fe0c535d'
                    }
                    src_server_core_scorecard_rag_ts: {
                        table: 'sys_module'
                        id: 'd05bd2fd410c4386a3dae2824dd9ecaf'
                    }
                    src_server_core_scoring_aggregate_ts: {
                        table: 'sys_module'
                        id: 'bc133b3591d8429a9dd422b2388add23'
                    }
                    src_server_core_scoring_rank_ts: {
                        table: 'sys_module'
                        id: '9eb2670a7d384e4babbc9f456e4ed607'
                    }
                    src_server_core_scoring_rounding_ts: {
                        table: 'sys_module'
                        id: 'c65453bc592445069ce3cb886ccecffd'
                    }
                    src_server_core_scoring_score_ts: {
                        table: 'sys_module'
                        id: 'a5fa8cb5f3b546619844700f52585c6d'
                    }
                    src_server_core_scoring_templates_ts: {
                        table: 'sys_module'
                        id: '75f6c78a54ba482eb4ba34874ffec893'
                    }
                    src_server_core_scoring_types_ts: {
                        table: 'sys_module'
                        id: 'aeb2744a864c4b36a7615c0e72bad081'
                    }
                    src_server_core_scoring_validate_ts: {
                        table: 'sys_module'
                        id: '4e97e46b82d44e418f35eb4a27eca226'
                    }
                    src_server_core_scoring_version_ts: {
                        table: 'sys_module'
                        id: '75d2e61b61b444ff9816ebbbec7184df'
                    }
                }
                composite: [
                    {
                        table: 'sys_user_role_contains'
                        id: '1030cd47218a4433b037efe738726f15'
                        key: {
                            role: {
                                id: 'cd33d2fba23f48e09663313589e0b243'
                                key: {
                                    name: 'x_itvc_value.benefit_owner'
                                }
                            }
                            contains: {
                                id: 'a2aa8ad8974d462e8ed9fb568e6ae905'
                                key: {
                                    name: 'x_itvc_value.viewer'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_user_role'
                        id: '1037a6ecc11e4258b04354973aec8f73'
                        key: {
                            name: 'x_itvc_value.portfolio_owner'
                        }
                    },
                    {
                        table: 'sys_user_role_contains'
                        id: '32f0f6ee365f48b8b2aadd0ad5839c67'
                        key: {
                            role: {
                                id: 'baf4f21a060f4c3aa3cfefbec6ac3ed3'
                                key: {
                                    name: 'x_itvc_value.admin'
                                }
                            }
                            contains: {
                                id: 'a954aaa3fd00490382a60874806809be'
                                key: {
                                    name: 'x_itvc_value.demand_manager'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_user_role'
                        id: '3568fa2374ea4f389ffe9249ae3b4401'
                        key: {
                            name: 'x_itvc_value.assessor'
                        }
                    },
                    {
                        table: 'sys_user_role_contains'
                        id: '418cac26e080460397fac4bd54f68d4b'
                        key: {
                            role: {
                                id: 'baf4f21a060f4c3aa3cfefbec6ac3ed3'
                                key: {
                                    name: 'x_itvc_value.admin'
                                }
                            }
                            contains: {
                                id: '1037a6ecc11e4258b04354973aec8f73'
                                key: {
                                    name: 'x_itvc_value.portfolio_owner'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_user_role'
                        id: '6168292956ed41588199d96a0a354434'
                        key: {
                            name: 'x_itvc_value.tagger'
                        }
                    },
                    {
                        table: 'sys_user_role_contains'
                        id: '6be2a702e13846f8995561ec6969943b'
                        key: {
                            role: {
                                id: '1037a6ecc11e4258b04354973aec8f73'
                                key: {
                                    name: 'x_itvc_value.portfolio_owner'
                                }
                            }
                            contains: {
                                id: 'cd33d2fba23f48e09663313589e0b243'
                                key: {
                                    name: 'x_itvc_value.benefit_owner'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_user_role'
                        id: 'a2aa8ad8974d462e8ed9fb568e6ae905'
                        key: {
                            name: 'x_itvc_value.viewer'
                        }
                    },
                    {
                        table: 'sys_user_role'
                        id: 'a954aaa3fd00490382a60874806809be'
                        key: {
                            name: 'x_itvc_value.demand_manager'
                        }
                    },
                    {
                        table: 'sys_user_role_contains'
                        id: 'afbb87e8fdaf47cfabb6b03e56c172ef'
                        key: {
                            role: {
                                id: 'baf4f21a060f4c3aa3cfefbec6ac3ed3'
                                key: {
                                    name: 'x_itvc_value.admin'
                                }
                            }
                            contains: {
                                id: '6168292956ed41588199d96a0a354434'
                                key: {
                                    name: 'x_itvc_value.tagger'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_user_role_contains'
                        id: 'b170f910d0ae453ebff6dabae075d515'
                        key: {
                            role: {
                                id: 'a954aaa3fd00490382a60874806809be'
                                key: {
                                    name: 'x_itvc_value.demand_manager'
                                }
                            }
                            contains: {
                                id: '3568fa2374ea4f389ffe9249ae3b4401'
                                key: {
                                    name: 'x_itvc_value.assessor'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_user_role'
                        id: 'baf4f21a060f4c3aa3cfefbec6ac3ed3'
                        key: {
                            name: 'x_itvc_value.admin'
                        }
                    },
                    {
                        table: 'sys_user_role'
                        id: 'cd33d2fba23f48e09663313589e0b243'
                        key: {
                            name: 'x_itvc_value.benefit_owner'
                        }
                    },
                    {
                        table: 'sys_user_role_contains'
                        id: 'd55e07d43ab54a2294c88ac0c18be55b'
                        key: {
                            role: {
                                id: '3568fa2374ea4f389ffe9249ae3b4401'
                                key: {
                                    name: 'x_itvc_value.assessor'
                                }
                            }
                            contains: {
                                id: 'a2aa8ad8974d462e8ed9fb568e6ae905'
                                key: {
                                    name: 'x_itvc_value.viewer'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_user_role_contains'
                        id: 'e126cc72bc914746a847705062487513'
                        key: {
                            role: {
                                id: '6168292956ed41588199d96a0a354434'
                                key: {
                                    name: 'x_itvc_value.tagger'
                                }
                            }
                            contains: {
                                id: 'a2aa8ad8974d462e8ed9fb568e6ae905'
                                key: {
                                    name: 'x_itvc_value.viewer'
                                }
                            }
                        }
                    },
                ]
            }
        }
    }
}
