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
                    src_server_core_money_ts: {
                        table: 'sys_module'
                        id: 'b4ac91025063418baf490899e9110f71'
                    }
                    src_server_core_result_ts: {
                        table: 'sys_module'
                        id: '1e2e68b5a73e4457ad449249fe0c535d'
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
