import '@servicenow/sdk/global'

declare global {
    namespace Now {
        namespace Internal {
            interface Keys extends KeysRegistry {
                explicit: {
                    'acl.criterion.create': {
                        table: 'sys_security_acl'
                        id: 'f8e97899e0a742fcb1d4d38f41637689'
                    }
                    'acl.criterion.delete': {
                        table: 'sys_security_acl'
                        id: '7ad5cccea6824aa492bd7533e615f2fe'
                    }
                    'acl.criterion.max_value.write': {
                        table: 'sys_security_acl'
                        id: 'fc0108e35f15475a852c11820156c117'
                    }
                    'acl.criterion.min_value.write': {
                        table: 'sys_security_acl'
                        id: '61f20e977cb441a7aeeef09a0f19c8ce'
                    }
                    'acl.criterion.read': {
                        table: 'sys_security_acl'
                        id: '5bb3d5f9808449e48419038327adeed9'
                    }
                    'acl.criterion.weight.write': {
                        table: 'sys_security_acl'
                        id: 'd5cb11a23b64442081a111f632327192'
                    }
                    'acl.criterion.write': {
                        table: 'sys_security_acl'
                        id: '9b3945a007b34e138eb1d3674cf035fa'
                    }
                    'acl.dmn_demand.x_itvc_value_approved_at.read': {
                        table: 'sys_security_acl'
                        id: 'e98c4f2496b04ee9af86a5a54344ec37'
                    }
                    'acl.dmn_demand.x_itvc_value_approved_at.write': {
                        table: 'sys_security_acl'
                        id: '03d6d3fd4d1c4a27ab0a8450bca6d7cd'
                    }
                    'acl.dmn_demand.x_itvc_value_breakdown_text.read': {
                        table: 'sys_security_acl'
                        id: '61b86532ab404855972e793f49cf567b'
                    }
                    'acl.dmn_demand.x_itvc_value_breakdown_text.write': {
                        table: 'sys_security_acl'
                        id: 'ff9db72f28b3472e8be20879114b0a08'
                    }
                    'acl.dmn_demand.x_itvc_value_breakdown.read': {
                        table: 'sys_security_acl'
                        id: 'd1365ef1142643e1a7c328da50e2b84d'
                    }
                    'acl.dmn_demand.x_itvc_value_breakdown.write': {
                        table: 'sys_security_acl'
                        id: 'dc5190c288804a13bf786c110c2a41f4'
                    }
                    'acl.dmn_demand.x_itvc_value_lead_time_days.read': {
                        table: 'sys_security_acl'
                        id: 'acb139d3433947a6b0d46068d40c5e51'
                    }
                    'acl.dmn_demand.x_itvc_value_lead_time_days.write': {
                        table: 'sys_security_acl'
                        id: '9873cbfd3b6f48f19c672856856a926b'
                    }
                    'acl.dmn_demand.x_itvc_value_model.read': {
                        table: 'sys_security_acl'
                        id: 'b86eb2c46774477e96ac4550962c8ca2'
                    }
                    'acl.dmn_demand.x_itvc_value_model.write': {
                        table: 'sys_security_acl'
                        id: '4101ef88793147e5a602f3e09ea48e26'
                    }
                    'acl.dmn_demand.x_itvc_value_override_reason.read': {
                        table: 'sys_security_acl'
                        id: 'aea3676b812b4939a3ad1278f97389af'
                    }
                    'acl.dmn_demand.x_itvc_value_override_reason.write': {
                        table: 'sys_security_acl'
                        id: 'e6498bc396ca450385021f38b5a7ccd2'
                    }
                    'acl.dmn_demand.x_itvc_value_override.read': {
                        table: 'sys_security_acl'
                        id: 'cafd95083d3442aba703161df57a56e3'
                    }
                    'acl.dmn_demand.x_itvc_value_override.write': {
                        table: 'sys_security_acl'
                        id: '29f7e63a1fde40e192813eb677d3e5e8'
                    }
                    'acl.dmn_demand.x_itvc_value_planned_benefit.read': {
                        table: 'sys_security_acl'
                        id: 'c604257672ae4163a531d0579e57bfd6'
                    }
                    'acl.dmn_demand.x_itvc_value_planned_benefit.write': {
                        table: 'sys_security_acl'
                        id: '20bdf12046f5469dbccdb9c0500d4a97'
                    }
                    'acl.dmn_demand.x_itvc_value_rank.read': {
                        table: 'sys_security_acl'
                        id: 'cb0e467ac16c4b6a84234c8b75f32a6d'
                    }
                    'acl.dmn_demand.x_itvc_value_rank.write': {
                        table: 'sys_security_acl'
                        id: 'a2f5a912f78b4ca78821689462056fd1'
                    }
                    'acl.dmn_demand.x_itvc_value_ranking_value.read': {
                        table: 'sys_security_acl'
                        id: '0fd96c61eed94019904d0e2bfcb62b9b'
                    }
                    'acl.dmn_demand.x_itvc_value_ranking_value.write': {
                        table: 'sys_security_acl'
                        id: '921e3b4ed2f7465a8fb67dea95d65b10'
                    }
                    'acl.dmn_demand.x_itvc_value_realised_benefit.read': {
                        table: 'sys_security_acl'
                        id: 'c8426bccf3a74bf7a9a1b4d0aaefb63c'
                    }
                    'acl.dmn_demand.x_itvc_value_realised_benefit.write': {
                        table: 'sys_security_acl'
                        id: '2e6e41b963b0497983b99fbe0963a732'
                    }
                    'acl.dmn_demand.x_itvc_value_rice.read': {
                        table: 'sys_security_acl'
                        id: '1fedc3bd2c95412e98c33cf2a99feac3'
                    }
                    'acl.dmn_demand.x_itvc_value_rice.write': {
                        table: 'sys_security_acl'
                        id: '18422b3d6dfe46bb852db089093ef100'
                    }
                    'acl.dmn_demand.x_itvc_value_score_status.read': {
                        table: 'sys_security_acl'
                        id: 'e5a16df003c74fce897535b526531a1b'
                    }
                    'acl.dmn_demand.x_itvc_value_score_status.write': {
                        table: 'sys_security_acl'
                        id: 'aedcd3c503e3404a946b2e57ddc9a5c9'
                    }
                    'acl.dmn_demand.x_itvc_value_score.read': {
                        table: 'sys_security_acl'
                        id: '374af64bcdf343eabba1d5a037f90125'
                    }
                    'acl.dmn_demand.x_itvc_value_score.write': {
                        table: 'sys_security_acl'
                        id: 'da096073adf94cdba729b054b774484f'
                    }
                    'acl.dmn_demand.x_itvc_value_scored_at.read': {
                        table: 'sys_security_acl'
                        id: '6c1108d2d6444257ae5664857e826106'
                    }
                    'acl.dmn_demand.x_itvc_value_scored_at.write': {
                        table: 'sys_security_acl'
                        id: '6613b7e5aabf45f9b634dc04b0052bf1'
                    }
                    'acl.dmn_demand.x_itvc_value_value_category.read': {
                        table: 'sys_security_acl'
                        id: 'bf827586fd854b3ba032c1a52c2fa83b'
                    }
                    'acl.dmn_demand.x_itvc_value_value_category.write': {
                        table: 'sys_security_acl'
                        id: '38b4c340348a4fc184c375d1646758c0'
                    }
                    'acl.dmn_demand.x_itvc_value_wsjf.read': {
                        table: 'sys_security_acl'
                        id: '1f57b79f7bc94a09ab6e2e98b18591df'
                    }
                    'acl.dmn_demand.x_itvc_value_wsjf.write': {
                        table: 'sys_security_acl'
                        id: 'c978d665b02849159b005d2b96558b01'
                    }
                    'acl.incident.x_itvc_value_direct_cost.read': {
                        table: 'sys_security_acl'
                        id: '907dbbba3d71407db52790e12c708d81'
                    }
                    'acl.incident.x_itvc_value_direct_cost.write': {
                        table: 'sys_security_acl'
                        id: '9bc5e60f00854ba4b98222e5b0bb5876'
                    }
                    'acl.incident.x_itvc_value_impact_cost.read': {
                        table: 'sys_security_acl'
                        id: 'efa6f19792314292a120b8a6560bd55b'
                    }
                    'acl.incident.x_itvc_value_impact_cost.write': {
                        table: 'sys_security_acl'
                        id: '64219e85129843efbbad1571147e1dad'
                    }
                    'acl.incident.x_itvc_value_impact_score.read': {
                        table: 'sys_security_acl'
                        id: '63ae7043bfee41c6b6fd54bbb5ad0bfe'
                    }
                    'acl.incident.x_itvc_value_impact_score.write': {
                        table: 'sys_security_acl'
                        id: '1ebe00b848234c45894da35af862b43e'
                    }
                    'acl.incident.x_itvc_value_notes.read': {
                        table: 'sys_security_acl'
                        id: '1b47f13fb9f14be2a18306f803e1f0a6'
                    }
                    'acl.incident.x_itvc_value_notes.write': {
                        table: 'sys_security_acl'
                        id: '819d2e4e09124b9bbf8601475943f8f7'
                    }
                    'acl.incident.x_itvc_value_outage_minutes.read': {
                        table: 'sys_security_acl'
                        id: 'f4154d448ab4417db1f87b6ab6226229'
                    }
                    'acl.incident.x_itvc_value_outage_minutes.write': {
                        table: 'sys_security_acl'
                        id: '43db2e2a91914e65b604105b8b0f4f92'
                    }
                    'acl.incident.x_itvc_value_productivity_hours.read': {
                        table: 'sys_security_acl'
                        id: 'c2d0e9263cbd4fedbe57a75940ac0609'
                    }
                    'acl.incident.x_itvc_value_productivity_hours.write': {
                        table: 'sys_security_acl'
                        id: 'abce3d942fcf4723a22d57f116c80737'
                    }
                    'acl.incident.x_itvc_value_revenue_at_risk.read': {
                        table: 'sys_security_acl'
                        id: 'ba8ad92c655a473187e6a96d1d7633d2'
                    }
                    'acl.incident.x_itvc_value_revenue_at_risk.write': {
                        table: 'sys_security_acl'
                        id: '15c99fa734d042d0a49c5b1f1e9489fa'
                    }
                    'acl.incident.x_itvc_value_tagged_at.read': {
                        table: 'sys_security_acl'
                        id: 'ecfc73a8d3d34c9b9674742e2e470fdc'
                    }
                    'acl.incident.x_itvc_value_tagged_at.write': {
                        table: 'sys_security_acl'
                        id: 'ac63abf640664333a1455d7439d10fd8'
                    }
                    'acl.incident.x_itvc_value_tagged_by.read': {
                        table: 'sys_security_acl'
                        id: '40a342469bd944f4b50d2d8b54e0ceed'
                    }
                    'acl.incident.x_itvc_value_tagged_by.write': {
                        table: 'sys_security_acl'
                        id: '16b8a2438f1944668537f1ded3f92c45'
                    }
                    'acl.incident.x_itvc_value_users_affected.read': {
                        table: 'sys_security_acl'
                        id: '812206d913704410a674cd326b3bf74d'
                    }
                    'acl.incident.x_itvc_value_users_affected.write': {
                        table: 'sys_security_acl'
                        id: 'ee18f6d39982496bb180ea8338406bcd'
                    }
                    'acl.incident.x_itvc_value_value_category.read': {
                        table: 'sys_security_acl'
                        id: '06ead33fe6df49d5b4441465af9ada40'
                    }
                    'acl.incident.x_itvc_value_value_category.write': {
                        table: 'sys_security_acl'
                        id: 'e40acc4651c74c008df0251528b911e4'
                    }
                    'acl.metric.create': {
                        table: 'sys_security_acl'
                        id: '0a5ad8627ee8452e8d15260232ff5c29'
                    }
                    'acl.metric.delete': {
                        table: 'sys_security_acl'
                        id: '5cd67f5ba82c4c1c8f1fc970e09f8d23'
                    }
                    'acl.metric.read': {
                        table: 'sys_security_acl'
                        id: 'a9542c90e8aa4acc81ceb716002d4b1d'
                    }
                    'acl.metric.write': {
                        table: 'sys_security_acl'
                        id: '04e9ab55fd6a4c4dbb2e5dd60dab8b6f'
                    }
                    'acl.pm_project.x_itvc_value_breakdown.read': {
                        table: 'sys_security_acl'
                        id: '631d89a5445a4bb4aadf6c5e269477a5'
                    }
                    'acl.pm_project.x_itvc_value_breakdown.write': {
                        table: 'sys_security_acl'
                        id: '34bdc843484341eebab63a103cbde80a'
                    }
                    'acl.pm_project.x_itvc_value_npv.read': {
                        table: 'sys_security_acl'
                        id: '1ffa4cb1c3824d1da1d3c6f5486e8a7a'
                    }
                    'acl.pm_project.x_itvc_value_npv.write': {
                        table: 'sys_security_acl'
                        id: '01efa9cf6a964be4ac67b2459e5e77da'
                    }
                    'acl.pm_project.x_itvc_value_payback_months.read': {
                        table: 'sys_security_acl'
                        id: '2c5a2b1c84f544f4a0663d0639c2644f'
                    }
                    'acl.pm_project.x_itvc_value_payback_months.write': {
                        table: 'sys_security_acl'
                        id: 'cfdda8b719994cdcbfaf4da283423754'
                    }
                    'acl.pm_project.x_itvc_value_planned_benefit.read': {
                        table: 'sys_security_acl'
                        id: 'a31f5c95c98540d19b01472997238249'
                    }
                    'acl.pm_project.x_itvc_value_planned_benefit.write': {
                        table: 'sys_security_acl'
                        id: '390c4ae547224cb2b25b67f7441259f9'
                    }
                    'acl.pm_project.x_itvc_value_realisation_pct.read': {
                        table: 'sys_security_acl'
                        id: '7b30461847b940858ae00dbaf1c335d3'
                    }
                    'acl.pm_project.x_itvc_value_realisation_pct.write': {
                        table: 'sys_security_acl'
                        id: '8d6950c638814b1f8de58c73c01aa140'
                    }
                    'acl.pm_project.x_itvc_value_realised_benefit.read': {
                        table: 'sys_security_acl'
                        id: '3bd494c2edb746e9aa8e92a93997173d'
                    }
                    'acl.pm_project.x_itvc_value_realised_benefit.write': {
                        table: 'sys_security_acl'
                        id: 'dfeb4d55fac149ceb83643cb713d383b'
                    }
                    'acl.pm_project.x_itvc_value_roi_pct.read': {
                        table: 'sys_security_acl'
                        id: 'bf85f11ea1f448c59b7307901b5cbb7a'
                    }
                    'acl.pm_project.x_itvc_value_roi_pct.write': {
                        table: 'sys_security_acl'
                        id: '109763d2ef754153955ffba2d5a4d579'
                    }
                    'acl.pm_project.x_itvc_value_score.read': {
                        table: 'sys_security_acl'
                        id: 'ffe50787ada345e386e4b4dafde5852f'
                    }
                    'acl.pm_project.x_itvc_value_score.write': {
                        table: 'sys_security_acl'
                        id: '22b84bf5a88941c88466128f6362c149'
                    }
                    'acl.pm_project.x_itvc_value_value_category.read': {
                        table: 'sys_security_acl'
                        id: '18d6db0c76ec406c8d0d34c0aaf661f6'
                    }
                    'acl.pm_project.x_itvc_value_value_category.write': {
                        table: 'sys_security_acl'
                        id: 'c096901fa9a24966a8461847ced33549'
                    }
                    'acl.pm_project.x_itvc_value_value_health.read': {
                        table: 'sys_security_acl'
                        id: '65bf60d0acbd4be29c0d9b063045811a'
                    }
                    'acl.pm_project.x_itvc_value_value_health.write': {
                        table: 'sys_security_acl'
                        id: '2d3a1c1b3ac146ed93082c530926c534'
                    }
                    'acl.rating.create': {
                        table: 'sys_security_acl'
                        id: '46caa8fe153545149e689f2035db7c02'
                    }
                    'acl.rating.delete': {
                        table: 'sys_security_acl'
                        id: '22d558a12ed54bcc92045d63dea11eb3'
                    }
                    'acl.rating.read': {
                        table: 'sys_security_acl'
                        id: '6aa1cbf780d34f0d858a893c75b642be'
                    }
                    'acl.rating.value.create': {
                        table: 'sys_security_acl'
                        id: '3c25d406c89d4c1c87974982f7de4887'
                    }
                    'acl.rating.value.write': {
                        table: 'sys_security_acl'
                        id: '0a025dbc0d38400f85d97398f4f1970a'
                    }
                    'acl.rating.value.write_any': {
                        table: 'sys_security_acl'
                        id: 'a66c7fefea944424b267aa0ab1440f70'
                    }
                    'acl.rating.write': {
                        table: 'sys_security_acl'
                        id: '19d95d393ac84b6488988c2fdf23d232'
                    }
                    'acl.rating.write_any': {
                        table: 'sys_security_acl'
                        id: 'e349e969834a4cfb93f376357f8d8179'
                    }
                    'acl.rest_demand_score': {
                        table: 'sys_security_acl'
                        id: '9e42af3cf4414a51b1c3b44968b97e29'
                    }
                    'acl.rest_demands_ranking': {
                        table: 'sys_security_acl'
                        id: '1f6df97f18444df0ae97d9d9653a87f6'
                    }
                    'acl.rest.benefits.actuals': {
                        table: 'sys_security_acl'
                        id: '656d2d00c6b04100b12270c4788c7dd1'
                    }
                    'acl.rest.benefits.plan': {
                        table: 'sys_security_acl'
                        id: 'a059382a875b42a1b2718fa4036cf62d'
                    }
                    'acl.rest.benefits.projects': {
                        table: 'sys_security_acl'
                        id: '9797dccf73244a6594aaf130f9b7cf28'
                    }
                    'acl.rest.benefits.read': {
                        table: 'sys_security_acl'
                        id: '27ee842f34714eababe16f4a3bfb3a62'
                    }
                    'acl.rest.scorecard.read': {
                        table: 'sys_security_acl'
                        id: '205bc6e7e7e54ef0bfe9c5f43d67cc3b'
                    }
                    'acl.rest.scorecard.rollups': {
                        table: 'sys_security_acl'
                        id: 'e0fb64cecc8b4499a03d543373026da6'
                    }
                    'acl.rollup_run.create': {
                        table: 'sys_security_acl'
                        id: '39d8d5dc565f47dc8517f1bfe48677bd'
                    }
                    'acl.rollup_run.delete': {
                        table: 'sys_security_acl'
                        id: '5f3025841e7f427380c0853ca636aea5'
                    }
                    'acl.rollup_run.read': {
                        table: 'sys_security_acl'
                        id: '47ae9b75f543491e8c3f3817433f8bf6'
                    }
                    'acl.rollup_run.write': {
                        table: 'sys_security_acl'
                        id: '459a4901547f4e6385cc5da8ace927db'
                    }
                    'acl.score_history.create': {
                        table: 'sys_security_acl'
                        id: '5b268414573248fda1637489b3713621'
                    }
                    'acl.score_history.delete': {
                        table: 'sys_security_acl'
                        id: 'b50ca9bd61a44a9b8f3ee29cfa41250b'
                    }
                    'acl.score_history.read': {
                        table: 'sys_security_acl'
                        id: 'c55ec6d3cd7c40d28daeaf37c46ecad2'
                    }
                    'acl.score_history.write': {
                        table: 'sys_security_acl'
                        id: '936b5072386846d0be70f08a769c5e2c'
                    }
                    'acl.scorecard_entry.create': {
                        table: 'sys_security_acl'
                        id: '1f73686cabaf46f5ace504284182c830'
                    }
                    'acl.scorecard_entry.delete': {
                        table: 'sys_security_acl'
                        id: '1233f6ef4f4b48de800a34bc7b8e63f1'
                    }
                    'acl.scorecard_entry.read': {
                        table: 'sys_security_acl'
                        id: 'af140c664996401c9fc69d6496dae0c0'
                    }
                    'acl.scorecard_entry.write': {
                        table: 'sys_security_acl'
                        id: '2032c68c0dc24034a8bbe73fe71a2b8b'
                    }
                    'acl.scorecard.create': {
                        table: 'sys_security_acl'
                        id: 'ff55d859c42c4aeaaea38044b830c919'
                    }
                    'acl.scorecard.delete': {
                        table: 'sys_security_acl'
                        id: '7e4b1798a333463797d88776a5fdb6df'
                    }
                    'acl.scorecard.read': {
                        table: 'sys_security_acl'
                        id: 'efffc152c64349f9aefc10d778009d73'
                    }
                    'acl.scorecard.write': {
                        table: 'sys_security_acl'
                        id: '1ee587137dc04146bf8038eae07fac12'
                    }
                    'acl.scoring_model.create': {
                        table: 'sys_security_acl'
                        id: 'd5bab7922ac145b081d4139cf12c5364'
                    }
                    'acl.scoring_model.delete': {
                        table: 'sys_security_acl'
                        id: '9838007e6721496995728b6fc87aa324'
                    }
                    'acl.scoring_model.read': {
                        table: 'sys_security_acl'
                        id: '478caab997e74aa2a6c07011639c1b2e'
                    }
                    'acl.scoring_model.rerank_pending.write': {
                        table: 'sys_security_acl'
                        id: '02f9ad8698834079993251d045a812ea'
                    }
                    'acl.scoring_model.rescore_cursor.write': {
                        table: 'sys_security_acl'
                        id: 'c85814fab6354cbdaf53bc09987b1ed6'
                    }
                    'acl.scoring_model.rescore_pending.write': {
                        table: 'sys_security_acl'
                        id: 'a333b42b556c40aaa35eafeebf15e02b'
                    }
                    'acl.scoring_model.rescore_reason.write': {
                        table: 'sys_security_acl'
                        id: '4b3f4e1b0adf441388b8d0ccd57298ce'
                    }
                    'acl.scoring_model.version.write': {
                        table: 'sys_security_acl'
                        id: 'b7bf18d2a6a44a3c8b8225ebcd2ff5f1'
                    }
                    'acl.scoring_model.write': {
                        table: 'sys_security_acl'
                        id: '3c6cba53a6a24078aa115a3e079e9f58'
                    }
                    'acl.x_itvc_value_benefit_period.benefit.write': {
                        table: 'sys_security_acl'
                        id: 'f18ae90280164ff0bf000ca13ad09cfa'
                    }
                    'acl.x_itvc_value_benefit_period.create': {
                        table: 'sys_security_acl'
                        id: '8d49729af58b409192f6b93c2109189a'
                    }
                    'acl.x_itvc_value_benefit_period.delete': {
                        table: 'sys_security_acl'
                        id: 'eeff0e8efec54464b941d74c7cb34604'
                    }
                    'acl.x_itvc_value_benefit_period.measured_at.write': {
                        table: 'sys_security_acl'
                        id: 'e3bb3e53ac394a8eafea1d10757e5d46'
                    }
                    'acl.x_itvc_value_benefit_period.measured_by.write': {
                        table: 'sys_security_acl'
                        id: 'c19ad3e627384469ba20f72ced97b4c4'
                    }
                    'acl.x_itvc_value_benefit_period.overdue_notified_on.write': {
                        table: 'sys_security_acl'
                        id: '34ff652384174b7a9fa8bcde738f7b17'
                    }
                    'acl.x_itvc_value_benefit_period.period_end.write': {
                        table: 'sys_security_acl'
                        id: 'f5056b6d106b4427b8dabc4dc3084a2c'
                    }
                    'acl.x_itvc_value_benefit_period.period_label.write': {
                        table: 'sys_security_acl'
                        id: '8af0d25165614151b4978946b40e3a58'
                    }
                    'acl.x_itvc_value_benefit_period.period_start.write': {
                        table: 'sys_security_acl'
                        id: '341fa807a36f466abbbb7d1b4b7c299f'
                    }
                    'acl.x_itvc_value_benefit_period.planned_amount.write': {
                        table: 'sys_security_acl'
                        id: 'eb626c45535f4f17832c89252968f502'
                    }
                    'acl.x_itvc_value_benefit_period.planned_functional.write': {
                        table: 'sys_security_acl'
                        id: 'bdad0b465021474693c7059cb2eef5ec'
                    }
                    'acl.x_itvc_value_benefit_period.rate_date.write': {
                        table: 'sys_security_acl'
                        id: 'f2147949d1f54264be6a9cd2a394429f'
                    }
                    'acl.x_itvc_value_benefit_period.rate.write': {
                        table: 'sys_security_acl'
                        id: '4a6d216b7a4549998686d0e3cd1ef03a'
                    }
                    'acl.x_itvc_value_benefit_period.read': {
                        table: 'sys_security_acl'
                        id: '05d2064c97da4345965ddb0947311de1'
                    }
                    'acl.x_itvc_value_benefit_period.realised_amount.write': {
                        table: 'sys_security_acl'
                        id: '05e3bc49791c4a23921665ee0dd4f25c'
                    }
                    'acl.x_itvc_value_benefit_period.realised_amount.write.own': {
                        table: 'sys_security_acl'
                        id: '138cc85005944649adc134921820685e'
                    }
                    'acl.x_itvc_value_benefit_period.realised_functional.write': {
                        table: 'sys_security_acl'
                        id: '15fbbd5bc04f4a78b051fd5ae83f3b9a'
                    }
                    'acl.x_itvc_value_benefit_period.write': {
                        table: 'sys_security_acl'
                        id: '74dc03339e484a7085ee20802ddc6642'
                    }
                    'acl.x_itvc_value_benefit_period.write.own': {
                        table: 'sys_security_acl'
                        id: 'df95f5bd01234ca68fff42c5b337d220'
                    }
                    'acl.x_itvc_value_benefit.at_risk_notified_on.write': {
                        table: 'sys_security_acl'
                        id: 'f93a379b5049487f9614a54d026fd18e'
                    }
                    'acl.x_itvc_value_benefit.create': {
                        table: 'sys_security_acl'
                        id: 'b47cd18a6c9f4f3d817dfbf864a3f6aa'
                    }
                    'acl.x_itvc_value_benefit.delete': {
                        table: 'sys_security_acl'
                        id: 'e507a6bd180945d8b3d5088b2c22ced5'
                    }
                    'acl.x_itvc_value_benefit.number.write': {
                        table: 'sys_security_acl'
                        id: '776e242b92584e04b120938ce771bbb5'
                    }
                    'acl.x_itvc_value_benefit.planned_to_date.write': {
                        table: 'sys_security_acl'
                        id: '54608daed811409c98c32761e7b38a95'
                    }
                    'acl.x_itvc_value_benefit.planned_total.write': {
                        table: 'sys_security_acl'
                        id: 'cca1229b0c3144e48a5087dccdce222c'
                    }
                    'acl.x_itvc_value_benefit.read': {
                        table: 'sys_security_acl'
                        id: '7cb8ca9e04524a0fb99246a12c283002'
                    }
                    'acl.x_itvc_value_benefit.realisation_pct.write': {
                        table: 'sys_security_acl'
                        id: 'ac906b10dbe34b50bca724a5677ac741'
                    }
                    'acl.x_itvc_value_benefit.realised_total.write': {
                        table: 'sys_security_acl'
                        id: '56f0e00c045d475388ca71534144fe0d'
                    }
                    'acl.x_itvc_value_benefit.variance.write': {
                        table: 'sys_security_acl'
                        id: '369aaa743d404747b7d94edf70dee79c'
                    }
                    'acl.x_itvc_value_benefit.write': {
                        table: 'sys_security_acl'
                        id: '3c0a79429c9e4428a8c0d32509527270'
                    }
                    'acl.x_itvc_value_exchange_rate.create': {
                        table: 'sys_security_acl'
                        id: 'db2e0655126446e3889a20ecef29a688'
                    }
                    'acl.x_itvc_value_exchange_rate.delete': {
                        table: 'sys_security_acl'
                        id: '0665786c317345d894190a3721a1e5dd'
                    }
                    'acl.x_itvc_value_exchange_rate.read': {
                        table: 'sys_security_acl'
                        id: 'e7bd6d5852db4c1cb659f7c205c9bd99'
                    }
                    'acl.x_itvc_value_exchange_rate.write': {
                        table: 'sys_security_acl'
                        id: 'c91f23167da8453483ba8dc0dee43d89'
                    }
                    'acl.x_itvc_value_service_profile.create': {
                        table: 'sys_security_acl'
                        id: '8e2c1dbb2b6548c492736a55278fc8e4'
                    }
                    'acl.x_itvc_value_service_profile.delete': {
                        table: 'sys_security_acl'
                        id: '44af5e228ff649239e59a29542279228'
                    }
                    'acl.x_itvc_value_service_profile.read': {
                        table: 'sys_security_acl'
                        id: '2aa6222fdd394278a04cd32d7e4ddef7'
                    }
                    'acl.x_itvc_value_service_profile.write': {
                        table: 'sys_security_acl'
                        id: '122e4ee8682847fab406ce36f600e048'
                    }
                    'atf.benefits.owner_acl': {
                        table: 'sys_atf_test'
                        id: '105888c9980541d8b56409efaf680153'
                    }
                    'atf.benefits.owner_acl.impersonate': {
                        table: 'sys_atf_step'
                        id: 'e20c1d4594d94deaa33a25a9606da5e6'
                    }
                    'atf.benefits.owner_acl.other_benefit': {
                        table: 'sys_atf_step'
                        id: '98d855a0c30e4befa94fc324e90a5fa8'
                    }
                    'atf.benefits.owner_acl.other_denied': {
                        table: 'sys_atf_step'
                        id: '9fab2caf84d643d49cf984a003fc319e'
                    }
                    'atf.benefits.owner_acl.other_period': {
                        table: 'sys_atf_step'
                        id: 'd09453b74cca4849861e8b629a365778'
                    }
                    'atf.benefits.owner_acl.own_allowed': {
                        table: 'sys_atf_step'
                        id: '6df29ceec10c4e1ab5af5d9339de74c7'
                    }
                    'atf.benefits.owner_acl.own_benefit': {
                        table: 'sys_atf_step'
                        id: 'd783b9042d7247e1a8540144e2d9a38a'
                    }
                    'atf.benefits.owner_acl.own_period': {
                        table: 'sys_atf_step'
                        id: '61ab40ca03864afba3d7a37839d3cd45'
                    }
                    'atf.benefits.owner_acl.owner': {
                        table: 'sys_atf_step'
                        id: '9abb4374f9a14a75b807463cbd2ac22a'
                    }
                    'atf.benefits.owner_acl.plan_denied': {
                        table: 'sys_atf_step'
                        id: '3fb1f3344b4845db9315195286c88dfe'
                    }
                    'atf.benefits.owner_acl.validate': {
                        table: 'sys_atf_step'
                        id: 'd549c752ed944baeb544d3575f7b0781'
                    }
                    'atf.benefits.period_rules': {
                        table: 'sys_atf_test'
                        id: 'd827787f5b5448e18048dfea5fee911a'
                    }
                    'atf.benefits.period_rules.benefit': {
                        table: 'sys_atf_step'
                        id: '4c40b97465254f12a6f24763ec66873f'
                    }
                    'atf.benefits.period_rules.negative': {
                        table: 'sys_atf_step'
                        id: '7f2d91ea10234a449cc7463fd3197d0d'
                    }
                    'atf.benefits.period_rules.out_of_range': {
                        table: 'sys_atf_step'
                        id: 'afe8234a856643a09d3ef4cb707d7238'
                    }
                    'atf.benefits.period_rules.period': {
                        table: 'sys_atf_step'
                        id: '80bafd5a249c46f1a4b66ce14df5ece2'
                    }
                    'atf.benefits.period_rules.rate': {
                        table: 'sys_atf_step'
                        id: '381ee67f281c47b5b009cedf044498c8'
                    }
                    'atf.benefits.period_rules.validate_benefit': {
                        table: 'sys_atf_step'
                        id: 'aca4dd38831d43e5ae93abab5d7a5162'
                    }
                    'atf.benefits.period_rules.validate_period': {
                        table: 'sys_atf_step'
                        id: 'e5fdae1a33914deaa44222fd0de0aede'
                    }
                    'atf.incident_value.field_acls': {
                        table: 'sys_atf_test'
                        id: 'ccb3883475c04b0d89cbeced85cb40d1'
                    }
                    'atf.incident_value.field_acls.agent': {
                        table: 'sys_atf_step'
                        id: 'a469dba1866e47f5a84daad084bbceb4'
                    }
                    'atf.incident_value.field_acls.agent_allowed': {
                        table: 'sys_atf_step'
                        id: '81de930e15ff4058a06f5cc48993f43b'
                    }
                    'atf.incident_value.field_acls.agent_denied': {
                        table: 'sys_atf_step'
                        id: 'aa6b62878040435fb4764ae03557dc26'
                    }
                    'atf.incident_value.field_acls.incident': {
                        table: 'sys_atf_step'
                        id: '2bb9c72e30ed417faa06cbae12f4bf43'
                    }
                    'atf.incident_value.field_acls.tagger': {
                        table: 'sys_atf_step'
                        id: '1d9e72b2f4e146eba5f32b19ac00e834'
                    }
                    'atf.incident_value.field_acls.tagger_allowed': {
                        table: 'sys_atf_step'
                        id: 'ec406eeb68c743fd8a4a6e63de7016d5'
                    }
                    'atf.incident_value.field_acls.validate': {
                        table: 'sys_atf_step'
                        id: '9e63fd308312469281445bdba7ee0990'
                    }
                    'atf.incident_value.pricing': {
                        table: 'sys_atf_test'
                        id: '7cb85e7876894f59b8d18d2e58a846a3'
                    }
                    'atf.incident_value.pricing.incident': {
                        table: 'sys_atf_step'
                        id: '89ed574775b84a858ebfac7afa5e2b36'
                    }
                    'atf.incident_value.pricing.negative': {
                        table: 'sys_atf_step'
                        id: 'ccb301a96bd64c75b21277dd8477a0e3'
                    }
                    'atf.incident_value.pricing.profile': {
                        table: 'sys_atf_step'
                        id: '9a9f172ca92f4f9ca9121080d1a72b95'
                    }
                    'atf.incident_value.pricing.service': {
                        table: 'sys_atf_step'
                        id: 'bdc93982197649a8aff82cc1946900c8'
                    }
                    'atf.incident_value.pricing.update': {
                        table: 'sys_atf_step'
                        id: '7a83fd6b317941fb87612fce6bd18d17'
                    }
                    'atf.incident_value.pricing.validate_insert': {
                        table: 'sys_atf_step'
                        id: 'f4bc48d8697e4d5da293977669def38b'
                    }
                    'atf.incident_value.pricing.validate_negative': {
                        table: 'sys_atf_step'
                        id: '4e6d9011485e4a6aac0a980c14aca1d1'
                    }
                    'atf.incident_value.pricing.validate_update': {
                        table: 'sys_atf_step'
                        id: 'e7ce0c1340b6404eb9712cf822e42f0c'
                    }
                    'atf.incident_value.resolve_guard': {
                        table: 'sys_atf_test'
                        id: '0e99d9fb0897401cb2bd7743b49ab17e'
                    }
                    'atf.incident_value.resolve_guard.incident': {
                        table: 'sys_atf_step'
                        id: '2e0aa0fe16c6466b90ba28533f73dd05'
                    }
                    'atf.incident_value.resolve_guard.is_p1': {
                        table: 'sys_atf_step'
                        id: 'ca9088c250f94561a6aa66344b55993e'
                    }
                    'atf.incident_value.resolve_guard.refused': {
                        table: 'sys_atf_step'
                        id: 'c190f21d83cf45f580b1d62c4fd7e71a'
                    }
                    'atf.incident_value.resolve_guard.resolved': {
                        table: 'sys_atf_step'
                        id: '3f302a76194b4c9094c16990607eec6b'
                    }
                    'atf.incident_value.resolve_guard.still_new': {
                        table: 'sys_atf_step'
                        id: '15c463b4773147f1b461aa82b1947187'
                    }
                    'atf.incident_value.resolve_guard.tagged': {
                        table: 'sys_atf_step'
                        id: 'ec0c123b72414f58abdefdf6d3e752e1'
                    }
                    'atf.scorecard_page.records': {
                        table: 'sys_atf_test'
                        id: '74e3713365aa4f488f029a3fc32e3474'
                    }
                    'atf.scorecard_page.records.currency': {
                        table: 'sys_atf_step'
                        id: 'ad0a9f6bcfdb46e7a0993731e57a8fcd'
                    }
                    'atf.scorecard_page.records.entry': {
                        table: 'sys_atf_step'
                        id: 'ad90e1978b4046fe8a23a2f2e4be24d3'
                    }
                    'atf.scorecard_page.records.history': {
                        table: 'sys_atf_step'
                        id: 'e08f6e6d8be342f1bf87aff8d5272d5f'
                    }
                    'atf.scorecard_page.records.history_value': {
                        table: 'sys_atf_step'
                        id: 'ce0c9aeccecf44dfa619bda655ccc461'
                    }
                    'atf.scorecard_page.records.json': {
                        table: 'sys_atf_step'
                        id: '6eefb277b95a4e97a94b54428f3766ae'
                    }
                    'atf.scorecard_page.records.metric': {
                        table: 'sys_atf_step'
                        id: 'd19e3f7d88a84a3b9a042c759e051f9f'
                    }
                    'atf.scorecard_page.records.query': {
                        table: 'sys_atf_step'
                        id: 'c42f5535f56f498d85b850774399fc8c'
                    }
                    'atf.scorecard_page.records.request': {
                        table: 'sys_atf_step'
                        id: 'a0695f10981e4779a44ab0feb67ac527'
                    }
                    'atf.scorecard_page.records.scorecard': {
                        table: 'sys_atf_step'
                        id: '2967a540e4074ca08b35fc2db91af0f3'
                    }
                    'atf.scorecard_page.records.status': {
                        table: 'sys_atf_step'
                        id: '25ea9184d72e47be99ec1bd0e996ba24'
                    }
                    'atf.scorecard_page.records.table': {
                        table: 'sys_atf_step'
                        id: '4f15a369a62949329d81860c245a0b1e'
                    }
                    'atf.scorecard.catalog_acls': {
                        table: 'sys_atf_test'
                        id: '3c16f908ebc94001a2f6fc5c7a88fd75'
                    }
                    'atf.scorecard.catalog_acls.admin': {
                        table: 'sys_atf_step'
                        id: 'fce87fa55b9945e3a55d2f87e29af3f6'
                    }
                    'atf.scorecard.catalog_acls.admin_allowed': {
                        table: 'sys_atf_step'
                        id: '3cee86da325743948a7ae182f79c363e'
                    }
                    'atf.scorecard.catalog_acls.metric': {
                        table: 'sys_atf_step'
                        id: '4decf7b62e624f94bc527dff72bf50bc'
                    }
                    'atf.scorecard.catalog_acls.viewer': {
                        table: 'sys_atf_step'
                        id: 'c87f84c303ac44a4a62306f832b33462'
                    }
                    'atf.scorecard.catalog_acls.viewer_denied': {
                        table: 'sys_atf_step'
                        id: '3759d78e2cfb479b99a0136bd4b05a42'
                    }
                    'atf.scorecard.demand_approval': {
                        table: 'sys_atf_test'
                        id: '13f52a22ab70475689aecfaaa67d0f96'
                    }
                    'atf.scorecard.demand_approval.approve': {
                        table: 'sys_atf_step'
                        id: '2178a7627a624cc5b3e17aa93fea1b97'
                    }
                    'atf.scorecard.demand_approval.demand': {
                        table: 'sys_atf_step'
                        id: 'd0b8d875b4a249da9efbeb520cec6213'
                    }
                    'atf.scorecard.demand_approval.stamped': {
                        table: 'sys_atf_step'
                        id: 'c93ed50a531842c188795319ba8a86c9'
                    }
                    'atf.scorecard.demand_approval.unstamped': {
                        table: 'sys_atf_step'
                        id: 'c2cde1821af14882b75d25032dd815b1'
                    }
                    'atf.scorecard.grouped_read': {
                        table: 'sys_atf_test'
                        id: 'b0f97ff19f0c4969880e7b67973f1343'
                    }
                    'atf.scorecard.grouped_read.aggregate': {
                        table: 'sys_atf_step'
                        id: 'eb21128333ab4589b7a15643b86b7681'
                    }
                    'atf.scorecard.grouped_read.cost_untimed': {
                        table: 'sys_atf_step'
                        id: '912abee1487946cc985652e4b9b6b0f2'
                    }
                    'atf.scorecard.grouped_read.revenue_timed': {
                        table: 'sys_atf_step'
                        id: '67dddc61834c40f2a90c4deda2d9715c'
                    }
                    'atf.scorecard.grouped_read.revenue_untimed': {
                        table: 'sys_atf_step'
                        id: '1d9d409dbc2948c1a01724a8a78a0436'
                    }
                    'atf.scorecard.grouped_read.service': {
                        table: 'sys_atf_step'
                        id: '76a61484c5eb486388ccc20db306e43e'
                    }
                    'atf.scoring.acls': {
                        table: 'sys_atf_test'
                        id: 'c7a8d07044e246f7bfcbc7bd4091fe0d'
                    }
                    'atf.scoring.acls.assessor': {
                        table: 'sys_atf_step'
                        id: '18dfb66f5d2140e1821202a7ca9bd628'
                    }
                    'atf.scoring.acls.assessor_allowed': {
                        table: 'sys_atf_step'
                        id: 'e68b05a45e5f4a30bd6601b07db064a4'
                    }
                    'atf.scoring.acls.criterion': {
                        table: 'sys_atf_step'
                        id: 'b68c8b9eda2545c29d0787fb1730c818'
                    }
                    'atf.scoring.acls.demand': {
                        table: 'sys_atf_step'
                        id: 'fd4547e1a0084acbaddb0a7fcfd8b25a'
                    }
                    'atf.scoring.acls.model': {
                        table: 'sys_atf_step'
                        id: '01776e148c25449f87294776ce67389c'
                    }
                    'atf.scoring.acls.validate': {
                        table: 'sys_atf_step'
                        id: '689dcad21f5942e0933a0faf4a5801ae'
                    }
                    'atf.scoring.acls.viewer': {
                        table: 'sys_atf_step'
                        id: 'abed87cb375b4cb3800095e4f6f283f6'
                    }
                    'atf.scoring.acls.viewer_denied': {
                        table: 'sys_atf_step'
                        id: 'f5b7e64e13b941b4b1a8e29fc8bd6d5c'
                    }
                    'atf.scoring.criterion': {
                        table: 'sys_atf_test'
                        id: 'b34ae86e16da4886ba1a574740482ba7'
                    }
                    'atf.scoring.criterion.edit': {
                        table: 'sys_atf_step'
                        id: '5a16b4b771ab42f797f22a7a5c3f8099'
                    }
                    'atf.scoring.criterion.insert': {
                        table: 'sys_atf_step'
                        id: '470c3d37791c4b1386ecfc4f3412a455'
                    }
                    'atf.scoring.criterion.model': {
                        table: 'sys_atf_step'
                        id: '646b06159f524fc3b0daf320df45e3ad'
                    }
                    'atf.scoring.criterion.validate_queued': {
                        table: 'sys_atf_step'
                        id: 'fcd7027305e74810a9b2cc7ad2d9a825'
                    }
                    'atf.scoring.criterion.validate_refused': {
                        table: 'sys_atf_step'
                        id: 'b00b6b8bcc6e4f2bb87796dae5d4e577'
                    }
                    'atf.scoring.criterion.zero': {
                        table: 'sys_atf_step'
                        id: 'da870b1a6cc7498e8bd19d2c9e15ffe2'
                    }
                    'atf.scoring.history_acls': {
                        table: 'sys_atf_test'
                        id: 'b4a8d2fdb2824d85a1389370d0dc0e3c'
                    }
                    'atf.scoring.history_acls.app_admin': {
                        table: 'sys_atf_step'
                        id: '56e3bc929ad64fa992d2595b65e97956'
                    }
                    'atf.scoring.history_acls.criterion': {
                        table: 'sys_atf_step'
                        id: '2227ea9cb89b439081ee382dfc3f9934'
                    }
                    'atf.scoring.history_acls.delete_denied': {
                        table: 'sys_atf_step'
                        id: 'bab49d95cc3a4925af2fc7600c9835f2'
                    }
                    'atf.scoring.history_acls.demand': {
                        table: 'sys_atf_step'
                        id: 'df72bcd0a6ba466e81eaa28dd6805359'
                    }
                    'atf.scoring.history_acls.history': {
                        table: 'sys_atf_step'
                        id: 'b89199ccfcd84612a8743ef235d683d1'
                    }
                    'atf.scoring.history_acls.insert_denied': {
                        table: 'sys_atf_step'
                        id: 'b8d3807f83df4d14b16dbbfc1c11c1e4'
                    }
                    'atf.scoring.history_acls.model': {
                        table: 'sys_atf_step'
                        id: '4ff517c084b248a4b6d5fea52c9d2f1b'
                    }
                    'atf.scoring.history_acls.rate': {
                        table: 'sys_atf_step'
                        id: 'e5ca0652100247918794c8e4c60c71f6'
                    }
                    'atf.scoring.history_acls.unchanged': {
                        table: 'sys_atf_step'
                        id: '61b727966f4142828b6c737349050a39'
                    }
                    'atf.scoring.history_acls.update_denied': {
                        table: 'sys_atf_step'
                        id: 'aaddf7ccecee4d3183bc5694cb192f1f'
                    }
                    'atf.scoring.rating': {
                        table: 'sys_atf_test'
                        id: 'f60f1e7ae83a4ecbb8fca310f8f59d4f'
                    }
                    'atf.scoring.rating.demand': {
                        table: 'sys_atf_step'
                        id: '7192b88e47d14f5f844bfc2168543e3e'
                    }
                    'atf.scoring.rating.effort': {
                        table: 'sys_atf_step'
                        id: '4a3c0a13147649e18d4e6fe9332ad6f4'
                    }
                    'atf.scoring.rating.history': {
                        table: 'sys_atf_step'
                        id: 'e42541d839da4eeebad13a47da8871ad'
                    }
                    'atf.scoring.rating.model': {
                        table: 'sys_atf_step'
                        id: 'a956f1fd97354834bde480858f515215'
                    }
                    'atf.scoring.rating.out_of_range': {
                        table: 'sys_atf_step'
                        id: 'b07df6559810494fb87f4e84bfe57fdc'
                    }
                    'atf.scoring.rating.rate': {
                        table: 'sys_atf_step'
                        id: '29662a19fdef46118dc7939fd0fb1ed0'
                    }
                    'atf.scoring.rating.update': {
                        table: 'sys_atf_step'
                        id: 'ad7a82c90e384fcbb40dba0d1c92f23f'
                    }
                    'atf.scoring.rating.validate_insert': {
                        table: 'sys_atf_step'
                        id: '05b8d3374bbb4b558003847799d528d2'
                    }
                    'atf.scoring.rating.validate_unchanged': {
                        table: 'sys_atf_step'
                        id: '0de51c95cf114c5eaab340ba24116e34'
                    }
                    'atf.scoring.rating.validate_update': {
                        table: 'sys_atf_step'
                        id: '26c06484e26745ed8b41815f9a4c2d53'
                    }
                    'atf.scoring.rating.value': {
                        table: 'sys_atf_step'
                        id: '07495c43c7d54638a765d695d8c026b8'
                    }
                    bom_json: {
                        table: 'sys_module'
                        id: 'e34e092ded6e43e0ba61119305e8b4af'
                    }
                    'br.benefit_after_delete': {
                        table: 'sys_script'
                        id: 'fe5a769f618446f08ad0f4b008bba8b2'
                    }
                    'br.benefit_after_save': {
                        table: 'sys_script'
                        id: '0063d1192fa94426be02189dbea34edf'
                    }
                    'br.benefit_before_save': {
                        table: 'sys_script'
                        id: 'c69360c256034ea8be8076c5b7adebcc'
                    }
                    'br.benefit_period_after_delete': {
                        table: 'sys_script'
                        id: '061aa311b3434e1ea757d6ddf8e2fca1'
                    }
                    'br.benefit_period_after_save': {
                        table: 'sys_script'
                        id: '7f89e792db8c42a993a991f42e74a53b'
                    }
                    'br.benefit_period_before_save': {
                        table: 'sys_script'
                        id: '322ce4efe082415ea21543fb43ad3a7f'
                    }
                    'br.criterion_bump_model': {
                        table: 'sys_script'
                        id: 'd46cfc5514904782afed5846c6ff53a4'
                    }
                    'br.criterion_deleted_bump_model': {
                        table: 'sys_script'
                        id: '57b4dcaead3644e086568f7a19106544'
                    }
                    'br.criterion_validate': {
                        table: 'sys_script'
                        id: '3ca7cc2dd264452587c7d75fe50fd86f'
                    }
                    'br.demand_benefits_follow_project': {
                        table: 'sys_script'
                        id: '892f2899ed4c414db3dbeae980245249'
                    }
                    'br.demand_default_model': {
                        table: 'sys_script'
                        id: '1625547a8994403db8f5459c1ea9d97c'
                    }
                    'br.demand_scoring_edit': {
                        table: 'sys_script'
                        id: '7c7922a0dd5e4c5f9f0ee3e9b2657d05'
                    }
                    'br.demand_scoring_edited': {
                        table: 'sys_script'
                        id: '82f5b7eb94664b648372325d9b119d7c'
                    }
                    'br.exchange_rate_before_save': {
                        table: 'sys_script'
                        id: '9efdfc1ce92d4b04b35bb796a6c3f1da'
                    }
                    'br.incident_value_pricing': {
                        table: 'sys_script'
                        id: '954efdfdfa364fc9bbad4099b317a4d2'
                    }
                    'br.incident_value_resolve_guard': {
                        table: 'sys_script'
                        id: '95eecc60476b48e2bf853cf4af4e8dfc'
                    }
                    'br.project_benefits_follow_demand': {
                        table: 'sys_script'
                        id: 'bb3ea7cdf00d4a42966d59806711c47c'
                    }
                    'br.project_copy_demand_score': {
                        table: 'sys_script'
                        id: '727f21e3fe0e42a9a84d2073f3ec5a5b'
                    }
                    'br.project_value_on_cost_change': {
                        table: 'sys_script'
                        id: '2963845ecdf347c89173a663f67a3f1c'
                    }
                    'br.rating_rescore_demand': {
                        table: 'sys_script'
                        id: '5c1eae1c1f124bcd8ef518dd81774a58'
                    }
                    'br.rating_validate': {
                        table: 'sys_script'
                        id: '63046bcfd3694c1d9329c64ff6ccd6d8'
                    }
                    'br.scorecard_demand_approval': {
                        table: 'sys_script'
                        id: 'ef8f374f04f048eb9e4ffb706a74577b'
                    }
                    'br.scorecard_rollup_queued': {
                        table: 'sys_script'
                        id: '1241765283574811878dfa5cfc92ea3e'
                    }
                    'br.scoring_model_delete_guard': {
                        table: 'sys_script'
                        id: '43025bbc03634f498857dd823d6be0ff'
                    }
                    'br.scoring_model_rerank': {
                        table: 'sys_script'
                        id: '56bf5f4dc6ed4842b9902a35ebf35f3f'
                    }
                    'br.scoring_model_validate': {
                        table: 'sys_script'
                        id: '40dcc5702fda4002988f6dc95a33a271'
                    }
                    'br.service_profile_reprice': {
                        table: 'sys_script'
                        id: 'a057758359314248bcffe9ff9a97e68e'
                    }
                    'br.service_profile_validate': {
                        table: 'sys_script'
                        id: '2013cb5d4f1348b5bfaad59901d03b59'
                    }
                    'csp.cmdb_ci_service.read': {
                        table: 'sys_scope_privilege'
                        id: 'b6bc97f6b195462eab8fec135f52baf6'
                    }
                    'csp.dmn_demand.read': {
                        table: 'sys_scope_privilege'
                        id: 'd8a27e855571425fbd53bcde99fc40a5'
                    }
                    'csp.dmn_demand.write': {
                        table: 'sys_scope_privilege'
                        id: 'ba0b861054014e298eb5e28c97e2cd6c'
                    }
                    'csp.incident.read': {
                        table: 'sys_scope_privilege'
                        id: '7336a33e39b941548152926f00433126'
                    }
                    'csp.incident.write': {
                        table: 'sys_scope_privilege'
                        id: '50d7d52d4c494814bad6b371831105b0'
                    }
                    'csp.pm_portfolio.read': {
                        table: 'sys_scope_privilege'
                        id: 'b56f444f7720499291ba6822f2d8ce95'
                    }
                    'csp.pm_project.read': {
                        table: 'sys_scope_privilege'
                        id: 'b69e87d28cc047a4b54040c28450eeda'
                    }
                    'csp.pm_project.write': {
                        table: 'sys_scope_privilege'
                        id: 'cd7d8281447d4a8bab0c0391ab29f97c'
                    }
                    'csp.sys_user_has_role.read': {
                        table: 'sys_scope_privilege'
                        id: '03c5daf7fe144c68965dde8d86b5ac09'
                    }
                    'dashboard.portfolio_owner': {
                        table: 'par_dashboard'
                        id: '367badf027bb4fef8e30842e5805c876'
                    }
                    'dashboard.portfolio_owner.reds': {
                        table: 'par_dashboard_widget'
                        id: '448832b11e0b4ace92917cff68d9e749'
                    }
                    'dashboard.portfolio_owner.reds_by_metric': {
                        table: 'par_dashboard_widget'
                        id: '88ad1a1c30e7423ab49b1817249c2c4e'
                    }
                    'dashboard.portfolio_owner.status_mix': {
                        table: 'par_dashboard_widget'
                        id: '84f0114ca0484c5484a030e1faa3e712'
                    }
                    'dashboard.portfolio_owner.tab.scorecard': {
                        table: 'par_dashboard_tab'
                        id: '71907c83181941068ebf9bc864df5b31'
                    }
                    'data.criterion.rice.confidence': {
                        table: 'x_itvc_value_criterion'
                        id: 'd0f9ddf932b94c90916a948c52cc71cf'
                    }
                    'data.criterion.rice.effort': {
                        table: 'x_itvc_value_criterion'
                        id: '5fdc6588d1984826b0fee8eab13ef32e'
                    }
                    'data.criterion.rice.impact': {
                        table: 'x_itvc_value_criterion'
                        id: '053fdfb645db4a9892dadca0f629f7e9'
                    }
                    'data.criterion.rice.reach': {
                        table: 'x_itvc_value_criterion'
                        id: 'bedc2b2d42444be794efd42bbb8dfa0e'
                    }
                    'data.criterion.weighted.compliance': {
                        table: 'x_itvc_value_criterion'
                        id: 'a2e64c921ae14653be28777307c9be14'
                    }
                    'data.criterion.weighted.customer_impact': {
                        table: 'x_itvc_value_criterion'
                        id: '3f61d169558449f1b3b224ede6a3563e'
                    }
                    'data.criterion.weighted.effort': {
                        table: 'x_itvc_value_criterion'
                        id: 'babe9074a7444567915bc06300c8de55'
                    }
                    'data.criterion.weighted.financial_benefit': {
                        table: 'x_itvc_value_criterion'
                        id: '4cab993c06ba4b3d9225b260b1ceb030'
                    }
                    'data.criterion.weighted.risk_reduction': {
                        table: 'x_itvc_value_criterion'
                        id: '059071ff463745bbb63e3a45b03524d2'
                    }
                    'data.criterion.weighted.strategic_alignment': {
                        table: 'x_itvc_value_criterion'
                        id: '5befb1b01c6b4160b14dd759178ac5f8'
                    }
                    'data.criterion.wsjf.business_value': {
                        table: 'x_itvc_value_criterion'
                        id: '76902149c28046f6acbcfb00ed4492a4'
                    }
                    'data.criterion.wsjf.job_size': {
                        table: 'x_itvc_value_criterion'
                        id: 'd10c8f1773434a4abd71ac2f75779834'
                    }
                    'data.criterion.wsjf.risk_reduction': {
                        table: 'x_itvc_value_criterion'
                        id: 'a80d8af0669f4b4596144a70ba8baa04'
                    }
                    'data.criterion.wsjf.time_criticality': {
                        table: 'x_itvc_value_criterion'
                        id: '2f8540e451954c0180916efecef8302c'
                    }
                    'data.metric.benefit_actuals_on_time_pct': {
                        table: 'x_itvc_value_metric'
                        id: 'ad3cf2fc1fe74330b32502745347f68e'
                    }
                    'data.metric.benefit_realisation_pct': {
                        table: 'x_itvc_value_metric'
                        id: '83492c68f3de4e0a911c45f3d83f2977'
                    }
                    'data.metric.business_impacting_incidents': {
                        table: 'x_itvc_value_metric'
                        id: '56fea08c453a44aa87601b6b36349365'
                    }
                    'data.metric.cost_avoided': {
                        table: 'x_itvc_value_metric'
                        id: '8212a8760a3642bcb4b5398ec8f0290c'
                    }
                    'data.metric.demand_lead_time_days': {
                        table: 'x_itvc_value_metric'
                        id: '49db3026455d4f39a5ce729e4ef2ad1f'
                    }
                    'data.metric.demands_scored_pct': {
                        table: 'x_itvc_value_metric'
                        id: '5d044af9ba5a4241a18f3985b16023fe'
                    }
                    'data.metric.incident_impact_cost': {
                        table: 'x_itvc_value_metric'
                        id: 'f4784cc32cc8431c9a2a074ddab27654'
                    }
                    'data.metric.mttr_hours': {
                        table: 'x_itvc_value_metric'
                        id: 'e71ca9441f7947eea0b080757cd053d0'
                    }
                    'data.metric.p1_p2_incidents': {
                        table: 'x_itvc_value_metric'
                        id: '4d9a57bc4c734e628026fe854efa11e4'
                    }
                    'data.metric.planned_benefit': {
                        table: 'x_itvc_value_metric'
                        id: 'a0848580966d430eb3a67da22347b1cd'
                    }
                    'data.metric.projects_with_benefit_plan_pct': {
                        table: 'x_itvc_value_metric'
                        id: 'be0e483eacc048778e9fdbd389561e23'
                    }
                    'data.metric.realised_benefit': {
                        table: 'x_itvc_value_metric'
                        id: 'e65b8ea3dbd64c87982ab6998b0ffbd6'
                    }
                    'data.metric.revenue_at_risk': {
                        table: 'x_itvc_value_metric'
                        id: 'cf759e1351d8455998236e1caaa82231'
                    }
                    'data.metric.users_affected': {
                        table: 'x_itvc_value_metric'
                        id: '101aba9d6508402b90738d3bf9850ebf'
                    }
                    'data.metric.value_tagging_coverage_pct': {
                        table: 'x_itvc_value_metric'
                        id: '2047a5c0965d4df9b1f08728ecb2822c'
                    }
                    'data.scoring_model.rice': {
                        table: 'x_itvc_value_scoring_model'
                        id: 'c6a23e2636d94802b1781036727a2997'
                    }
                    'data.scoring_model.weighted': {
                        table: 'x_itvc_value_scoring_model'
                        id: '675c690f44be44179369844720aba25e'
                    }
                    'data.scoring_model.wsjf': {
                        table: 'x_itvc_value_scoring_model'
                        id: '1e1b92a11a1d4beaab9ec4c4e475b982'
                    }
                    'event.scorecard_digest': {
                        table: 'sysevent_register'
                        id: 'b4d7e2ec1aac4f6e804eae6972194486'
                    }
                    'event.x_itvc_value.benefit.at_risk': {
                        table: 'sysevent_register'
                        id: 'd9544bdab11a4953972b6f7069173572'
                    }
                    'event.x_itvc_value.benefit.period_overdue': {
                        table: 'sysevent_register'
                        id: 'a693f0ee301e4433abe7674ee5c273e8'
                    }
                    'job.benefit_refresh': {
                        table: 'sysauto_script'
                        id: 'a195368b6a7c458ea58c3cd103f6f86f'
                    }
                    'job.scorecard_digest': {
                        table: 'sysauto_script'
                        id: '4bfc57c98be447d9a863dab188e79cc7'
                    }
                    'job.scorecard_fiscal_year': {
                        table: 'sysauto_script'
                        id: '7e5dadfca4bf45168d3fdf54110fa585'
                    }
                    'job.scorecard_nightly': {
                        table: 'sysauto_script'
                        id: 'c8db9e9febc441d9b20fbf8b86866ee0'
                    }
                    'job.scorecard_worker': {
                        table: 'sysauto_script'
                        id: 'ab96b3739c164a3aaf4d1048ea5c370b'
                    }
                    'job.scoring_nightly': {
                        table: 'sysauto_script'
                        id: 'e9c4a0ea5b39458b98e3e133570b1c04'
                    }
                    'job.scoring_rescore_queue': {
                        table: 'sysauto_script'
                        id: '7a22ae9608814623b86a7754e4ad221f'
                    }
                    'list_control.x_itvc_value_benefit_period': {
                        table: 'sys_ui_list_control'
                        id: '3ad60851d2b341038844cdcbcf7e5b46'
                    }
                    'list_control.x_itvc_value_benefit.periods': {
                        table: 'sys_ui_list_control'
                        id: 'ff874a7e586b46f5ac7ae386c60bed26'
                    }
                    'menu.value': {
                        table: 'sys_app_application'
                        id: '9cef17f8509b4fcbbd29894d19364c71'
                    }
                    'menu.value.administration': {
                        table: 'sys_app_module'
                        id: '6c1afb37232f4a82943ebd361812d7ed'
                    }
                    'menu.value.benefits': {
                        table: 'sys_app_module'
                        id: '5d3a4d5ba35a46d191de2b5f4b1b23d5'
                    }
                    'menu.value.benefits.all': {
                        table: 'sys_app_module'
                        id: '41fcda350d2044a29309f57057a94ca4'
                    }
                    'menu.value.benefits.at_risk': {
                        table: 'sys_app_module'
                        id: '7588b37eb4cc4592a79a00181987ab87'
                    }
                    'menu.value.benefits.exchange_rates': {
                        table: 'sys_app_module'
                        id: '85925a2392ec4eaf9f9734b89312b32f'
                    }
                    'menu.value.benefits.mine': {
                        table: 'sys_app_module'
                        id: '0ae4a9b54e8c43418b0013cbb0e4c22c'
                    }
                    'menu.value.benefits.overdue': {
                        table: 'sys_app_module'
                        id: '3cb9ea911b714499ae945306d554d889'
                    }
                    'menu.value.benefits.projects': {
                        table: 'sys_app_module'
                        id: 'e5e4ce35998042b4b9aad6bf211c2c26'
                    }
                    'menu.value.demands': {
                        table: 'sys_app_module'
                        id: 'ed9224331ca04dd79fc96af3c25a5888'
                    }
                    'menu.value.demands.models': {
                        table: 'sys_app_module'
                        id: '54b4881e153a45f8ad5d5c851bd88bc3'
                    }
                    'menu.value.demands.ranking': {
                        table: 'sys_app_module'
                        id: '4fdb1a4cbcf5456799be7dc7b8ac3b8c'
                    }
                    'menu.value.demands.ratings': {
                        table: 'sys_app_module'
                        id: 'e355fd663a0e447cb4f3ad663f2a5cb0'
                    }
                    'menu.value.demands.unscored': {
                        table: 'sys_app_module'
                        id: 'c45a21560a6d417d9334ea998f2ec996'
                    }
                    'menu.value.incidents': {
                        table: 'sys_app_module'
                        id: '828538c62f4b458797eb54b21ae6cdcf'
                    }
                    'menu.value.incidents.open': {
                        table: 'sys_app_module'
                        id: '1dc802a863044a89baa798ef34388e3b'
                    }
                    'menu.value.incidents.untagged': {
                        table: 'sys_app_module'
                        id: 'dae5bf352f31444d9eb506cea28b87a8'
                    }
                    'menu.value.properties': {
                        table: 'sys_app_module'
                        id: '2873964ff0b74196ab25c30f0d6e754c'
                    }
                    'menu.value.scorecard': {
                        table: 'sys_app_module'
                        id: 'aa6f11e9a746458e8fa059318c4d643a'
                    }
                    'menu.value.scorecard_page': {
                        table: 'sys_app_module'
                        id: 'b9cf6aabb4154742a00abbd5f3460dd6'
                    }
                    'menu.value.scorecard.metrics': {
                        table: 'sys_app_module'
                        id: '51b8e52f4df04f7d88a0e16b8039f9c5'
                    }
                    'menu.value.scorecard.reds': {
                        table: 'sys_app_module'
                        id: '8b13b499683b47d38424b853df845766'
                    }
                    'menu.value.scorecard.runs': {
                        table: 'sys_app_module'
                        id: '2742774d3e384363af75b428d3f5ae2c'
                    }
                    'menu.value.scorecard.snapshots': {
                        table: 'sys_app_module'
                        id: '22abfa7598a64232be4b168b3374364a'
                    }
                    'menu.value.service_profiles': {
                        table: 'sys_app_module'
                        id: '9c561379c46e4fb3a4d21c6336562eb7'
                    }
                    'notification.benefit.at_risk': {
                        table: 'sysevent_email_action'
                        id: '27615958bbb84ae89df551dea89d8ecd'
                    }
                    'notification.benefit.period_overdue': {
                        table: 'sysevent_email_action'
                        id: '26b5cdd64eb64b698a15d124954549c2'
                    }
                    'notification.scorecard_digest': {
                        table: 'sysevent_email_action'
                        id: 'e3bb9e9d39a548afb57ae9e1971420ab'
                    }
                    package_json: {
                        table: 'sys_module'
                        id: '69b634309fa843ed9f1b1f66441fcdb3'
                    }
                    'prop.at_risk_threshold_pct': {
                        table: 'sys_properties'
                        id: '9c0a0b3050734f33883545ffd8731c51'
                    }
                    'prop.default_hourly_labour_cost': {
                        table: 'sys_properties'
                        id: 'c78fb4a4caef4691ac5473702b0c2883'
                    }
                    'prop.discount_rate': {
                        table: 'sys_properties'
                        id: '2f2564fd4fa54469ac2a1dd2f220e1c0'
                    }
                    'prop.fiscal.calendar_type': {
                        table: 'sys_properties'
                        id: '07ea2e55fd7146ba860176c7e93b0359'
                    }
                    'prop.fiscal.start_month': {
                        table: 'sys_properties'
                        id: 'e90e8ecf63fa4cd3bf985180e3ec25b6'
                    }
                    'prop.fiscal.week_start_day': {
                        table: 'sys_properties'
                        id: '385bd5cefbb14b1c9be141fa94973a3e'
                    }
                    'prop.functional_currency': {
                        table: 'sys_properties'
                        id: '84af33f3593f41368c2f049854ae470a'
                    }
                    'prop.impact_score_reference_cost': {
                        table: 'sys_properties'
                        id: '005390a8570b476ea7953b1cf54f8b4a'
                    }
                    'prop.measurement_grace_days': {
                        table: 'sys_properties'
                        id: '8db2651565604e52ad5d25f39ce3afd1'
                    }
                    'prop.project_cost_field': {
                        table: 'sys_properties'
                        id: 'c777669d2fca4ceeb3705fe5f81cd74c'
                    }
                    'prop.require_value_on_resolve': {
                        table: 'sys_properties'
                        id: 'ce82bc3fde8a429b860810df9d6ce79e'
                    }
                    'prop.scorecard.digest_top_movers': {
                        table: 'sys_properties'
                        id: 'e3002ea1f7bf4ad08e41661acc4904e8'
                    }
                    'prop.scorecard.max_backfill_periods': {
                        table: 'sys_properties'
                        id: 'c1e9e04ea43d4abbbe98025ef7c20cbe'
                    }
                    'prop.scorecard.max_chunks_per_run': {
                        table: 'sys_properties'
                        id: '36765d9a51e04077ae428ef687b7cf1e'
                    }
                    'prop.scorecard.stale_run_minutes': {
                        table: 'sys_properties'
                        id: '9330d85402bf40b4b8c88c44d3bb9842'
                    }
                    'prop.scorecard.time_budget_seconds': {
                        table: 'sys_properties'
                        id: '94c5bbb3b6b6482da800cc125cecab80'
                    }
                    'prop.scoring_batch_size': {
                        table: 'sys_properties'
                        id: '7393ed90aaf94efe9e0acdedfd82cc99'
                    }
                    'prop.scoring_max_batches_per_run': {
                        table: 'sys_properties'
                        id: 'e9433ff6128b48fb87482ffe5425e155'
                    }
                    'prop.scoring_max_ranked_demands': {
                        table: 'sys_properties'
                        id: 'b11b9ed4e0f741ea95c83da5641ac6a8'
                    }
                    'related_list.dmn_demand.x_itvc_value_benefits': {
                        table: 'sys_ui_related_list'
                        id: '47dcb1fb335e46c2921ea70c63b351b3'
                    }
                    'related_list.dmn_demand.x_itvc_value_benefits.benefits': {
                        table: 'sys_ui_related_list_entry'
                        id: '7c07abdb2a5e484a82ced1f5aedf45d6'
                    }
                    'related_list.dmn_demand.x_itvc_value_scoring': {
                        table: 'sys_ui_related_list'
                        id: '8b1b2bd48c204c7d9bfdf7810b535e43'
                    }
                    'related_list.dmn_demand.x_itvc_value_scoring.history': {
                        table: 'sys_ui_related_list_entry'
                        id: '23b222a73b2e43f99b63fbf5fde59ddb'
                    }
                    'related_list.dmn_demand.x_itvc_value_scoring.ratings': {
                        table: 'sys_ui_related_list_entry'
                        id: '273f7c2a00bd4c1a8cfcde4e895dc902'
                    }
                    'related_list.pm_project.x_itvc_value_benefits': {
                        table: 'sys_ui_related_list'
                        id: '8987e065f3fc41afbb73c1e96066d591'
                    }
                    'related_list.pm_project.x_itvc_value_benefits.benefits': {
                        table: 'sys_ui_related_list_entry'
                        id: '71fdb57d19e54acfb57379fd9db9bb65'
                    }
                    'related_list.x_itvc_value_benefit': {
                        table: 'sys_ui_related_list'
                        id: '101a4dd2df9a44e5825d429751c247d1'
                    }
                    'related_list.x_itvc_value_benefit.periods': {
                        table: 'sys_ui_related_list_entry'
                        id: 'fe253c99de764c9aa14019879e1ba8a0'
                    }
                    'related_list.x_itvc_value_scoring_model': {
                        table: 'sys_ui_related_list'
                        id: '7122f0c397c444b28b1e74cf8ee1b8cf'
                    }
                    'related_list.x_itvc_value_scoring_model.criteria': {
                        table: 'sys_ui_related_list_entry'
                        id: 'fa60d0c12047456fa9b8e51171d9eda8'
                    }
                    'rest.benefits': {
                        table: 'sys_ws_definition'
                        id: '9b8f4f0dd8d7461887fd17040ed6e1d0'
                    }
                    'rest.benefits.actuals': {
                        table: 'sys_ws_operation'
                        id: 'fe705d47f1d441a8a4c4c872554cdc07'
                    }
                    'rest.benefits.plan': {
                        table: 'sys_ws_operation'
                        id: 'ef470cdd06d84b0d81dd3a6646eca188'
                    }
                    'rest.benefits.projects': {
                        table: 'sys_ws_operation'
                        id: '130ba2032eb04eb08e64d824ffa5bb8f'
                    }
                    'rest.benefits.projects.portfolio': {
                        table: 'sys_ws_query_parameter'
                        id: 'f9d05d8ce663430fb9c7e8711ac2cce8'
                    }
                    'rest.benefits.summary': {
                        table: 'sys_ws_operation'
                        id: '42f7e2ed76204449b5073b9a158c50f6'
                    }
                    'rest.benefits.summary.demand': {
                        table: 'sys_ws_query_parameter'
                        id: 'fc4022b3e90a4d3791c44ad0fd2f48c0'
                    }
                    'rest.benefits.summary.portfolio': {
                        table: 'sys_ws_query_parameter'
                        id: '7155705f830b4e2484c22895bacc9501'
                    }
                    'rest.benefits.summary.project': {
                        table: 'sys_ws_query_parameter'
                        id: '6590f79af8b742ffb1c92c3ebec2c50d'
                    }
                    'rest.benefits.v1': {
                        table: 'sys_ws_version'
                        id: '1de07d8e3f3649deb78a924f5b8750c1'
                    }
                    'rest.demands': {
                        table: 'sys_ws_definition'
                        id: 'b3d10b5e9d3349a7a0e9ccbe3a87e1f8'
                    }
                    'rest.demands.ranking': {
                        table: 'sys_ws_operation'
                        id: '7190e675464c4f4c83af2496f990f60d'
                    }
                    'rest.demands.ranking.limit': {
                        table: 'sys_ws_query_parameter'
                        id: 'e0c5dcf377ba488688f6b91e38bf4062'
                    }
                    'rest.demands.ranking.model': {
                        table: 'sys_ws_query_parameter'
                        id: '596ce6d0799d4b0c9b5dfa7e57f07495'
                    }
                    'rest.demands.ranking.offset': {
                        table: 'sys_ws_query_parameter'
                        id: '1695ce8892ca46fa8b72d119d9eb9572'
                    }
                    'rest.demands.score': {
                        table: 'sys_ws_operation'
                        id: '2171145d822047b4b24d611588e4e1b4'
                    }
                    'rest.demands.v1': {
                        table: 'sys_ws_version'
                        id: '41070052cdaf4861a21222a365e63a68'
                    }
                    'rest.scorecard': {
                        table: 'sys_ws_definition'
                        id: '452aa4988e1a4ae699eb6ae9fac2d658'
                    }
                    'rest.scorecard.get': {
                        table: 'sys_ws_operation'
                        id: '1a6f80effcbf4e369707be9fa5a2b705'
                    }
                    'rest.scorecard.get.dimension': {
                        table: 'sys_ws_query_parameter'
                        id: '7a19d4dc7c734c2faa01f191fefe37c9'
                    }
                    'rest.scorecard.get.history': {
                        table: 'sys_ws_query_parameter'
                        id: '9632660cddca4ca384ea512951c3c4d8'
                    }
                    'rest.scorecard.get.key': {
                        table: 'sys_ws_query_parameter'
                        id: 'bed837d073ab49a886eceed2f354fd98'
                    }
                    'rest.scorecard.get.period': {
                        table: 'sys_ws_query_parameter'
                        id: 'eb91f93ca11f41ff869ce2a441d693cf'
                    }
                    'rest.scorecard.rollups.get': {
                        table: 'sys_ws_operation'
                        id: '1e70fa00bc4145b7895e3a7d3881f492'
                    }
                    'rest.scorecard.rollups.post': {
                        table: 'sys_ws_operation'
                        id: '065f76ae1c43416687d1abfb50af99cc'
                    }
                    'rest.scorecard.trend': {
                        table: 'sys_ws_operation'
                        id: '8d88507efc7a4408a50f730a27c0bb57'
                    }
                    'rest.scorecard.trend.dimension': {
                        table: 'sys_ws_query_parameter'
                        id: '71a0cfd0d448441c82c03f39190b78e9'
                    }
                    'rest.scorecard.trend.key': {
                        table: 'sys_ws_query_parameter'
                        id: 'a7633cc26e4c4c9881d44ed754d5cc99'
                    }
                    'rest.scorecard.trend.metric': {
                        table: 'sys_ws_query_parameter'
                        id: 'a12069f73b594f3493990880b1a854d3'
                    }
                    'rest.scorecard.trend.period_type': {
                        table: 'sys_ws_query_parameter'
                        id: '2802920d29c846f8a4ff03f1640d5848'
                    }
                    'rest.scorecard.trend.periods': {
                        table: 'sys_ws_query_parameter'
                        id: '341f3e1278044e979806789221fa36a2'
                    }
                    'rest.scorecard.trend.to': {
                        table: 'sys_ws_query_parameter'
                        id: '13da4c105aff4611bc4a814c9d6bd17c'
                    }
                    'rest.scorecard.v1': {
                        table: 'sys_ws_version'
                        id: '4cf409a905b04aa1acc0f6baa126e036'
                    }
                    'src_server_adapters_glide-benefit-config_ts': {
                        table: 'sys_module'
                        id: '84aaf4e14a1a487689d526232c3ebf76'
                    }
                    'src_server_adapters_glide-benefit-events_ts': {
                        table: 'sys_module'
                        id: '301482da444746dd9601e36805542629'
                    }
                    'src_server_adapters_glide-benefit-projects_ts': {
                        table: 'sys_module'
                        id: '467a1840c99a40e29d03c30441e143c5'
                    }
                    'src_server_adapters_glide-benefit-summary_ts': {
                        table: 'sys_module'
                        id: '029f5a131ec446e29a3b562bf336e511'
                    }
                    'src_server_adapters_glide-benefit-writes_ts': {
                        table: 'sys_module'
                        id: 'fced9a6372cd45878731161cdc347071'
                    }
                    'src_server_adapters_glide-benefits_ts': {
                        table: 'sys_module'
                        id: 'ffeec84cbe8043fa98c7e942566dff30'
                    }
                    'src_server_adapters_glide-incident-value_ts': {
                        table: 'sys_module'
                        id: '3854089db6ba46bea1a5ed4011526041'
                    }
                    'src_server_adapters_glide-pricing-config_ts': {
                        table: 'sys_module'
                        id: '716d4702aa80479c94212943fcc504e9'
                    }
                    'src_server_adapters_glide-rules_ts': {
                        table: 'sys_module'
                        id: '29c622233d8f4e2ea916ba26a46e1fc4'
                    }
                    'src_server_adapters_glide-scorecard-api_ts': {
                        table: 'sys_module'
                        id: '42b7e5235c074d3a947ebd99d6234b05'
                    }
                    'src_server_adapters_glide-scorecard-config_ts': {
                        table: 'sys_module'
                        id: '1ccf91153f1a4ca9af942294252e390e'
                    }
                    'src_server_adapters_glide-scorecard-demands_ts': {
                        table: 'sys_module'
                        id: 'f05eae9402074df58defc605263e5df1'
                    }
                    'src_server_adapters_glide-scorecard-digest_ts': {
                        table: 'sys_module'
                        id: '275cef9d0fab42278752b409350b7b6b'
                    }
                    'src_server_adapters_glide-scorecard-source_ts': {
                        table: 'sys_module'
                        id: '1d4e1c9160e34fbd856d15115adc9123'
                    }
                    'src_server_adapters_glide-scorecard-store_ts': {
                        table: 'sys_module'
                        id: '7fb8ba9850764f7bb60be2f5fd10834f'
                    }
                    'src_server_adapters_glide-scoring-api_ts': {
                        table: 'sys_module'
                        id: '5287b45f8ed145848a0ac5be841dc75d'
                    }
                    'src_server_adapters_glide-scoring-config_ts': {
                        table: 'sys_module'
                        id: '60edc39d83824279859ed840b05becd3'
                    }
                    'src_server_adapters_glide-scoring-demands_ts': {
                        table: 'sys_module'
                        id: '02d4b1a9ee0446d389b411b8f07f3a9b'
                    }
                    'src_server_adapters_glide-scoring-models_ts': {
                        table: 'sys_module'
                        id: 'a8fd869b44a24c47aa75f404e4ca41b4'
                    }
                    'src_server_adapters_glide-scoring-ratings_ts': {
                        table: 'sys_module'
                        id: '101057ef027c4588a01c20d7c30e5191'
                    }
                    'src_server_adapters_glide-scoring-schema_ts': {
                        table: 'sys_module'
                        id: '909aac80937b4f29a931bb3b95f67262'
                    }
                    'src_server_adapters_glide-value-rollup_ts': {
                        table: 'sys_module'
                        id: 'd7050fb5f120443d955ddc0fd3a508d8'
                    }
                    src_server_core_benefits_actuals_ts: {
                        table: 'sys_module'
                        id: 'ca87d2c2c3e84f1b8e3a7d93be23ebb2'
                    }
                    src_server_core_benefits_benefit_ts: {
                        table: 'sys_module'
                        id: 'ef20c4b1d72f4a3d824edd69e83977a7'
                    }
                    src_server_core_benefits_currency_ts: {
                        table: 'sys_module'
                        id: '6b4d3abc8e854303a436ab635510a912'
                    }
                    src_server_core_benefits_overdue_ts: {
                        table: 'sys_module'
                        id: '4d3317bc23494e2eb09edbf86e989404'
                    }
                    src_server_core_benefits_percent_ts: {
                        table: 'sys_module'
                        id: '15e2911621ba41deaf5e006b7566e45c'
                    }
                    src_server_core_benefits_period_ts: {
                        table: 'sys_module'
                        id: 'a1316baed3a149cc8e336beb1a17fdc3'
                    }
                    src_server_core_benefits_perspective_ts: {
                        table: 'sys_module'
                        id: 'c72b2a53977e467cb0a7f5f14f7c45f5'
                    }
                    src_server_core_benefits_plan_ts: {
                        table: 'sys_module'
                        id: '6aae5e0f2faa4851992cd61071af0d2b'
                    }
                    src_server_core_benefits_projects_ts: {
                        table: 'sys_module'
                        id: 'a3debbf8e10a41ab838c3a9a370bc2bd'
                    }
                    src_server_core_benefits_settings_ts: {
                        table: 'sys_module'
                        id: '6e80eadc66e848dcb0a3b62c85f52c53'
                    }
                    src_server_core_benefits_state_ts: {
                        table: 'sys_module'
                        id: 'bb75a22ac5764b43ac30b3c490706b35'
                    }
                    src_server_core_benefits_summary_ts: {
                        table: 'sys_module'
                        id: '23cadd144981411e9b9517bbf3d3d70f'
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
                    src_server_core_pricing_profile_ts: {
                        table: 'sys_module'
                        id: '1c64528823924b9a8d67a79cb65eabb3'
                    }
                    'src_server_core_pricing_resolve-guard_ts': {
                        table: 'sys_module'
                        id: '446522b8ab9a4a4c9043d197653d0893'
                    }
                    src_server_core_result_ts: {
                        table: 'sys_module'
                        id: '1e2e68b5a73e4457ad449249fe0c535d'
                    }
                    src_server_core_scorecard_api_ts: {
                        table: 'sys_module'
                        id: '0967382d04914bbea04762438487eece'
                    }
                    src_server_core_scorecard_catalog_ts: {
                        table: 'sys_module'
                        id: 'c0fca74bda3540f28081c09b8314c1de'
                    }
                    'src_server_core_scorecard_demand-approval_ts': {
                        table: 'sys_module'
                        id: 'be341ee052504d99be0d5d5cf5d065b5'
                    }
                    src_server_core_scorecard_digest_ts: {
                        table: 'sys_module'
                        id: '99d9064544b84e55bbdf36ce6d9d0772'
                    }
                    src_server_core_scorecard_entries_ts: {
                        table: 'sys_module'
                        id: 'a8f84b5b22a2472dabc48b57783bfaf8'
                    }
                    src_server_core_scorecard_groups_ts: {
                        table: 'sys_module'
                        id: '8cdb4c204ac74ed0975345c3088da625'
                    }
                    src_server_core_scorecard_metrics_ts: {
                        table: 'sys_module'
                        id: '8b65e8c8712f4c13953ab03c7209585b'
                    }
                    src_server_core_scorecard_plan_ts: {
                        table: 'sys_module'
                        id: 'd9c3ea68bff34cc1b2dbaf9abddc062e'
                    }
                    src_server_core_scorecard_ports_ts: {
                        table: 'sys_module'
                        id: 'be289689dfb64951a0d3d7ba648d38c0'
                    }
                    src_server_core_scorecard_rag_ts: {
                        table: 'sys_module'
                        id: 'd05bd2fd410c4386a3dae2824dd9ecaf'
                    }
                    src_server_core_scorecard_records_ts: {
                        table: 'sys_module'
                        id: '1ad5517f08564b37bb17d92113fa6a76'
                    }
                    src_server_core_scorecard_runner_ts: {
                        table: 'sys_module'
                        id: '074e41fe893842d491594c5b5ed109ff'
                    }
                    src_server_core_scorecard_settings_ts: {
                        table: 'sys_module'
                        id: 'd4879934f22f49baa4682476b8886c75'
                    }
                    src_server_core_scorecard_sources_ts: {
                        table: 'sys_module'
                        id: '933ef8f888174407b7fa333b56b22298'
                    }
                    src_server_core_scoring_aggregate_ts: {
                        table: 'sys_module'
                        id: 'bc133b3591d8429a9dd422b2388add23'
                    }
                    src_server_core_scoring_config_ts: {
                        table: 'sys_module'
                        id: 'c098413bba7047579f79f93bcfe63c67'
                    }
                    src_server_core_scoring_demand_ts: {
                        table: 'sys_module'
                        id: '6a409079b7294001a16f4ac4ed2ea735'
                    }
                    src_server_core_scoring_edit_ts: {
                        table: 'sys_module'
                        id: '08d518a9fbd346bfb199e228470c3dd1'
                    }
                    src_server_core_scoring_explain_ts: {
                        table: 'sys_module'
                        id: 'b229a59815de4b069fa6e8fefdb14216'
                    }
                    src_server_core_scoring_page_ts: {
                        table: 'sys_module'
                        id: 'b627e1cc7af449bbb56dffe7397f97e9'
                    }
                    src_server_core_scoring_rank_ts: {
                        table: 'sys_module'
                        id: '9eb2670a7d384e4babbc9f456e4ed607'
                    }
                    'src_server_core_scoring_rank-updates_ts': {
                        table: 'sys_module'
                        id: 'c0ac9524a20349c7be2e310e8aac1bef'
                    }
                    src_server_core_scoring_ratings_ts: {
                        table: 'sys_module'
                        id: 'c7d4d867853e4a9dbcc14541e1404c99'
                    }
                    src_server_core_scoring_rescore_ts: {
                        table: 'sys_module'
                        id: '920503d5dff64b6eac0af3043a721730'
                    }
                    src_server_core_scoring_rounding_ts: {
                        table: 'sys_module'
                        id: 'c65453bc592445069ce3cb886ccecffd'
                    }
                    src_server_core_scoring_score_ts: {
                        table: 'sys_module'
                        id: 'a5fa8cb5f3b546619844700f52585c6d'
                    }
                    src_server_core_scoring_stored_ts: {
                        table: 'sys_module'
                        id: 'e7f0bb9d28e2471ea4e878d83195f25a'
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
                    'src_server_entry_benefit-jobs_ts': {
                        table: 'sys_module'
                        id: '76e71e8a4da74db3a2b2fb1acd68b7a4'
                    }
                    'src_server_entry_benefit-rules_ts': {
                        table: 'sys_module'
                        id: '502cfd4fd8b140c9b9ec2d05b9b92594'
                    }
                    'src_server_entry_benefit-service_ts': {
                        table: 'sys_module'
                        id: 'ae9dc9d709664290b978bf2809855e58'
                    }
                    'src_server_entry_benefits-rest_ts': {
                        table: 'sys_module'
                        id: 'a509215282bd4588af83eb50c4e545a8'
                    }
                    'src_server_entry_criterion-rules_ts': {
                        table: 'sys_module'
                        id: '19d5d7e9c5a84ed2bdf16c5377c9a0a7'
                    }
                    'src_server_entry_demand-scoring-rules_ts': {
                        table: 'sys_module'
                        id: '72101db33fa941f3b63423528087774f'
                    }
                    'src_server_entry_generate-periods_ts': {
                        table: 'sys_module'
                        id: '7ee294d10b414ecab4ba903bfb18a989'
                    }
                    'src_server_entry_model-rules_ts': {
                        table: 'sys_module'
                        id: '019b10fc8bb2433ca62e523071289316'
                    }
                    'src_server_entry_on-incident-resolving_ts': {
                        table: 'sys_module'
                        id: '521c9109df2f4578ad9ffc20f4dc17a8'
                    }
                    'src_server_entry_on-incident-value-saved_ts': {
                        table: 'sys_module'
                        id: '02a93eab11a748b9a4a8d37b3c6baa0b'
                    }
                    'src_server_entry_on-service-profile-saved_ts': {
                        table: 'sys_module'
                        id: '10823e9f360a4e488893b598fa86c7c8'
                    }
                    'src_server_entry_project-score-rules_ts': {
                        table: 'sys_module'
                        id: 'd14e3903c1d34785939cfd9dadc755c3'
                    }
                    'src_server_entry_rating-rules_ts': {
                        table: 'sys_module'
                        id: '5fa3cf703bf7471b8eec8dfa62f25c6a'
                    }
                    'src_server_entry_reprice-service-incidents_ts': {
                        table: 'sys_module'
                        id: '098583a98c3849d5ba59f2958bc869cf'
                    }
                    'src_server_entry_scorecard-jobs_ts': {
                        table: 'sys_module'
                        id: '91bf755c34f645a1855222729f610f69'
                    }
                    'src_server_entry_scorecard-rest_ts': {
                        table: 'sys_module'
                        id: '75827f7b32df4203a355d32024e2b920'
                    }
                    'src_server_entry_scorecard-rules_ts': {
                        table: 'sys_module'
                        id: '9ee41782d8d6449c9d51dba15e0df524'
                    }
                    'src_server_entry_scoring-jobs_ts': {
                        table: 'sys_module'
                        id: 'e01d35fef4294c229bbaf4339eb2b3f9'
                    }
                    'src_server_entry_scoring-rest_ts': {
                        table: 'sys_module'
                        id: 'f9471312870f4058a4012f5633d13f19'
                    }
                    'src_server_entry_scoring-service_ts': {
                        table: 'sys_module'
                        id: 'a697d46f5e384830ade1e0f5f607e274'
                    }
                    'style.x_itvc_value_benefit.state.at_risk': {
                        table: 'sys_ui_style'
                        id: '4f16ab10d07345c99c5713d47343f376'
                    }
                    'style.x_itvc_value_benefit.state.cancelled': {
                        table: 'sys_ui_style'
                        id: 'f718300184eb4857babfe27d3c920cd0'
                    }
                    'style.x_itvc_value_benefit.state.planned': {
                        table: 'sys_ui_style'
                        id: 'babd28c0c4834c328c824ef347e4bb0a'
                    }
                    'style.x_itvc_value_benefit.state.realised': {
                        table: 'sys_ui_style'
                        id: '9dcf7b793cd44b9382fe5dbeaba62b99'
                    }
                    'style.x_itvc_value_benefit.state.realising': {
                        table: 'sys_ui_style'
                        id: 'db2af942e6354c36ac9e507556d5a2d3'
                    }
                    'ui_action.benefit.generate_periods': {
                        table: 'sys_ui_action'
                        id: 'f5470617208647edaa6860075ca7e931'
                    }
                }
                composite: [
                    {
                        table: 'sys_documentation'
                        id: '000a9ba7702f4801aa9b9766f0c481af'
                        key: {
                            name: 'x_itvc_value_score_history'
                            element: 'model'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '003723dac9cd4864a4b38b106db1e125'
                        key: {
                            list_id: {
                                id: '64b793d3105d4105b2d581d8d4bbbae5'
                                key: {
                                    name: 'x_itvc_value_score_history'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'project'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '005915e2d47449ea8ee59ac1394cbf61'
                        key: {
                            list_id: {
                                id: '9d9cb893a72d428ab71442c5ed6935b8'
                                key: {
                                    name: 'x_itvc_value_benefit_period'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'evidence'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '0059e59454e74dc3aa26d4f7671f1cd2'
                        key: {
                            name: 'dmn_demand'
                            element: 'x_itvc_value_model'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '0060999d30aa4401ae86e2ec7358dee8'
                        key: {
                            document_key: '689dcad21f5942e0933a0faf4a5801ae'
                            variable: '6aad5a575360220002c6435723dc34b0'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '00abb4ac2ddf40a1b65a58e0f9df9e88'
                        key: {
                            name: 'x_itvc_value_benefit'
                            element: 'measure'
                            value: 'percent'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '00c699631ab34c38abcfb1df23d31e4d'
                        key: {
                            name: 'x_itvc_value_benefit_period'
                            element: 'NULL'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: '00f6a5aae0ae4ae9ab37e12e24e1912e'
                        key: {
                            name: 'dmn_demand'
                            element: 'x_itvc_value_value_category'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '00faecc8679b417a978233f810a7ec96'
                        key: {
                            document_key: 'a469dba1866e47f5a84daad084bbceb4'
                            variable: 'b27b2b29ff6033008d3f5d9ad53bf164'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '010eb0b7a98f4c5d9e494f0f8bc3cc32'
                        deleted: true
                        key: {
                            name: 'x_itvc_value_scorecard'
                            element: 'dimension_label'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '01393bd2ba904a5781cbd99ed669ba88'
                        key: {
                            name: 'incident'
                            element: 'NULL'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '015eed7a58744b4b986ff0711a18f4bf'
                        key: {
                            list_id: {
                                id: 'f0d275a0ad654b8a88cebc6bdf82c457'
                                key: {
                                    name: 'incident'
                                    view: {
                                        id: '48443e5bd1444433a7bd843e82f2588f'
                                        key: {
                                            name: 'x_itvc_value_business_value'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'x_itvc_value_tagged_by'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '015f666d8f2c46799d7d5a3ac873c64c'
                        key: {
                            document_key: '4decf7b62e624f94bc527dff72bf50bc'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '0160520ec5cc4fae9102b0f90373a266'
                        key: {
                            sys_security_acl: 'f18ae90280164ff0bf000ca13ad09cfa'
                            sys_user_role: {
                                id: '1037a6ecc11e4258b04354973aec8f73'
                                key: {
                                    name: 'x_itvc_value.portfolio_owner'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '01777b64f5ff4080b351d68bf90ea910'
                        key: {
                            name: 'dmn_demand'
                            element: 'x_itvc_value_score_status'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ws_query_parameter_map'
                        id: '0191f3f384114aeeb2f838af81ed61ea'
                        key: {
                            web_service_operation: '8d88507efc7a4408a50f730a27c0bb57'
                            web_service_query_parameter: 'a12069f73b594f3493990880b1a854d3'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '01f6d8711dc640c295f0b7e2bb6b5977'
                        key: {
                            sys_ui_section: {
                                id: '367e5522e6ec428d8e465c3a7287de2d'
                                key: {
                                    name: 'x_itvc_value_benefit'
                                    caption: 'Plan and realisation'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'planned_total'
                            position: '4'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '01f8d0b9f6494511aa313737aa1d1d07'
                        key: {
                            document_key: 'e68b05a45e5f4a30bd6601b07db064a4'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '020a725267ad4b79b2687f50f0870a96'
                        key: {
                            document_key: 'abed87cb375b4cb3800095e4f6f283f6'
                            variable: '98c44875ffa033008d3f5d9ad53bf1fa'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '0246bdff692f4239a44fa9e70ff59f06'
                        key: {
                            list_id: {
                                id: '5a7476404ee0477d8cf08d5f64cf78f7'
                                key: {
                                    name: 'pm_project'
                                    view: {
                                        id: '389af456384642529e2c0894c0ad5bd8'
                                        key: {
                                            name: 'x_itvc_value_benefits'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'x_itvc_value_payback_months'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '0297ed45e1144151b5e7bf5e9b7cc166'
                        key: {
                            document_key: 'ccb301a96bd64c75b21277dd8477a0e3'
                            variable: '53fb0f535320220002c6435723dc34ec'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '02a0d96ae9364fbe854a9303e895c207'
                        key: {
                            name: 'x_itvc_value_rollup_run'
                            element: 'requested_by'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_form'
                        id: '02d140517b2e45dfbe7efad4ca27da36'
                        key: {
                            name: 'x_itvc_value_service_profile'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '032adf7a307d4f9d81ba9f77b28ebf9a'
                        key: {
                            name: 'x_itvc_value_rollup_run'
                            element: 'kind'
                            value: 'nightly'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '033c64f4267c4a5684a7ef47dbb02c99'
                        key: {
                            sys_security_acl: '907dbbba3d71407db52790e12c708d81'
                            sys_user_role: {
                                id: 'a2aa8ad8974d462e8ed9fb568e6ae905'
                                key: {
                                    name: 'x_itvc_value.viewer'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '03831ddc17f74d8fa90947ad21fb527c'
                        key: {
                            document_key: '05b8d3374bbb4b558003847799d528d2'
                            variable: '52ed1e5b5360220002c6435723dc3421'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '03a223982f55419f90df003c4137ae7f'
                        key: {
                            name: 'x_itvc_value_rating'
                            element: 'NULL'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '0406984e9c5843a6a753527c9cbe63c0'
                        key: {
                            name: 'x_itvc_value_criterion'
                            element: 'order'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '044cf8324356460db5537f81adf15f66'
                        key: {
                            name: 'x_itvc_value_snapshot'
                            element: 'dimension'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '044f13cd30df4763807f5bd4f73fade5'
                        key: {
                            field: 'record_id'
                            table: 'var__m_atf_input_variable_8df72288df60220062fe6c7a4df2636d'
                            id: 'bab49d95cc3a4925af2fc7600c9835f2'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '046fa8fbc9ab431281d447ec59904a70'
                        key: {
                            name: 'x_itvc_value_criterion'
                            element: 'formula_role'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '0471a44f547a4974b6464a63d398d903'
                        key: {
                            sys_security_acl: '38b4c340348a4fc184c375d1646758c0'
                            sys_user_role: {
                                id: 'a954aaa3fd00490382a60874806809be'
                                key: {
                                    name: 'x_itvc_value.demand_manager'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '0476e894152040d59b1803bde59df59e'
                        key: {
                            name: 'x_itvc_value_metric'
                            element: 'description'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '0479a3b7d4be4ae586a44c924a964bf1'
                        key: {
                            document_key: '25ea9184d72e47be99ec1bd0e996ba24'
                            variable: '1d94cb1f3b8032000774229c93efc419'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '0493194292634dd9aa38c7866544a781'
                        key: {
                            name: 'x_itvc_value_scorecard_entry'
                            element: 'delta'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '04e0c5912e01436f88f3b2c1f067bd95'
                        key: {
                            list_id: {
                                id: '9d9cb893a72d428ab71442c5ed6935b8'
                                key: {
                                    name: 'x_itvc_value_benefit_period'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'measured_at'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '04f167d21e1e4dc98d6657f2acd7892e'
                        key: {
                            document_key: 'ca9088c250f94561a6aa66344b55993e'
                            variable: '52ed1e5b5360220002c6435723dc3421'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '051c3c5b83f641aab30507737b1619ea'
                        key: {
                            list_id: {
                                id: '14a4a0b1545643b9a8005164955aa0b9'
                                key: {
                                    name: 'x_itvc_value_scorecard_entry'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'target'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '057e596c599f4f7a9a28a3219f4f7cc8'
                        key: {
                            sys_ui_section: {
                                id: '634d2b00456b42848dde9b187f661412'
                                key: {
                                    name: 'dmn_demand'
                                    caption: 'Demand'
                                    view: {
                                        id: '5cac41bdd22941ae8b87d2fc4c11aaa2'
                                        key: {
                                            name: 'x_itvc_value_scoring'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'state'
                            position: '2'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '05be14516b1a46f4be79c66426568698'
                        key: {
                            document_key: 'd0b8d875b4a249da9efbeb520cec6213'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '05e3d1c31ca9477e91462e61bed8bfe1'
                        key: {
                            document_key: 'b07df6559810494fb87f4e84bfe57fdc'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '05e8606447424228a01ca71807cc7c75'
                        key: {
                            sys_security_acl: 'c85814fab6354cbdaf53bc09987b1ed6'
                            sys_user_role: {
                                id: 'baf4f21a060f4c3aa3cfefbec6ac3ed3'
                                key: {
                                    name: 'x_itvc_value.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '0604623c6b7843598ff68cd2068f3d89'
                        key: {
                            sys_ui_section: {
                                id: '6d4f18edcba04331a19f668be8c52e60'
                                key: {
                                    name: 'dmn_demand'
                                    caption: 'Demand'
                                    view: {
                                        id: '389af456384642529e2c0894c0ad5bd8'
                                        key: {
                                            name: 'x_itvc_value_benefits'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'number'
                            position: '1'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '06532cdc48ec43e7a88a6f1d3fb88eb0'
                        key: {
                            name: 'dmn_demand'
                            element: 'x_itvc_value_rice'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '065eb1bc95024ffdac907c964536e23e'
                        key: {
                            name: 'x_itvc_value_benefit'
                            element: 'demand'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '06f83a40a42942048e600ef25d8df418'
                        key: {
                            list_id: {
                                id: '6089b449a8974124ba1b92e41ac9b249'
                                key: {
                                    name: 'x_itvc_value_metric'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'perspective'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '0704bd29ecc64441862028a60584a908'
                        key: {
                            list_id: {
                                id: '2d6ca7b42bc54bea8f576b024501bd3d'
                                key: {
                                    name: 'x_itvc_value_rollup_run'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'kind'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '078e2c22589f47088f4dcb516209a7b2'
                        key: {
                            name: 'dmn_demand'
                            element: 'x_itvc_value_planned_benefit'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '07ad4f790034449c928dcb68deab17a2'
                        key: {
                            sys_security_acl: '04e9ab55fd6a4c4dbb2e5dd60dab8b6f'
                            sys_user_role: {
                                id: 'baf4f21a060f4c3aa3cfefbec6ac3ed3'
                                key: {
                                    name: 'x_itvc_value.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '085e7b5f49e041389cec383283071d73'
                        key: {
                            name: 'x_itvc_value_rollup_run'
                            element: 'NULL'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '089db2b3662d41c9b10f841a5bbf8866'
                        key: {
                            name: 'incident'
                            element: 'x_itvc_value_users_affected'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '08ca69610be44266890cdf83b7e059b8'
                        key: {
                            document_key: 'ec406eeb68c743fd8a4a6e63de7016d5'
                            variable: '53fb0f535320220002c6435723dc34ec'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '09296f674bae4e78a088b57fb552cca1'
                        key: {
                            document_key: 'd09453b74cca4849861e8b629a365778'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '09a9f35c4f4f4e0ea2ea98203298d579'
                        key: {
                            name: 'x_itvc_value_rating'
                            element: 'comment'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '09c2a2e6e46d42f2aae61333b56165ad'
                        key: {
                            sys_ui_section: {
                                id: '634d2b00456b42848dde9b187f661412'
                                key: {
                                    name: 'dmn_demand'
                                    caption: 'Demand'
                                    view: {
                                        id: '5cac41bdd22941ae8b87d2fc4c11aaa2'
                                        key: {
                                            name: 'x_itvc_value_scoring'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.begin_split'
                            position: '0'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '09d20dbd1b6649ab84d111fa5f15dcd3'
                        key: {
                            name: 'x_itvc_value_score_history'
                            element: 'reason'
                            value: 'recalculation'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '09dcba5adc1b4de7a8c7af5ef6d1244d'
                        key: {
                            name: 'dmn_demand'
                            element: 'x_itvc_value_override'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '09fe1854859e48008860fdb0c321035d'
                        key: {
                            sys_security_acl: '3c0a79429c9e4428a8c0d32509527270'
                            sys_user_role: {
                                id: '1037a6ecc11e4258b04354973aec8f73'
                                key: {
                                    name: 'x_itvc_value.portfolio_owner'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '0a041543c9e14adba36b7f7c33e31d39'
                        deleted: true
                        key: {
                            name: 'x_itvc_value_scorecard'
                            element: 'period_end'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_list'
                        id: '0a495452caf746c587a9cb97b802e660'
                        key: {
                            name: 'x_itvc_value_service_profile'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                            element: 'NULL'
                            relationship: 'NULL'
                            parent: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '0a7e248d42814339bb176e2783828982'
                        key: {
                            list_id: {
                                id: 'd8b91cf2a7d742d79ea608a09e7aac97'
                                key: {
                                    name: 'dmn_demand'
                                    view: {
                                        id: '5cac41bdd22941ae8b87d2fc4c11aaa2'
                                        key: {
                                            name: 'x_itvc_value_scoring'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'state'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '0a98ce56af624b8192b34941f715abfa'
                        key: {
                            list_id: {
                                id: 'f0d275a0ad654b8a88cebc6bdf82c457'
                                key: {
                                    name: 'incident'
                                    view: {
                                        id: '48443e5bd1444433a7bd843e82f2588f'
                                        key: {
                                            name: 'x_itvc_value_business_value'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'x_itvc_value_impact_cost'
                        }
                    },
                    {
                        table: 'sys_ui_list'
                        id: '0af45240371043b88fe939b36e3f8688'
                        key: {
                            name: 'x_itvc_value_scoring_model'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                            element: 'NULL'
                            relationship: 'NULL'
                            parent: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '0b396d0bc62440f4b7e44d4dc9dc794c'
                        key: {
                            name: 'pm_project'
                            element: 'x_itvc_value_realisation_pct'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '0b4a62553eb14abfb2fa2529796d0720'
                        key: {
                            field: 'record_id'
                            table: 'var__m_atf_input_variable_1f39a288df60220062fe6c7a4df2639d'
                            id: 'aca4dd38831d43e5ae93abab5d7a5162'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '0b598f8b2d2e4d70871fb7ca4ee3ef67'
                        key: {
                            sys_security_acl: '921e3b4ed2f7465a8fb67dea95d65b10'
                            sys_user_role: {
                                id: 'baf4f21a060f4c3aa3cfefbec6ac3ed3'
                                key: {
                                    name: 'x_itvc_value.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '0b73b5bf379549efa8da7a6963e6e5ef'
                        key: {
                            sys_security_acl: 'c978d665b02849159b005d2b96558b01'
                            sys_user_role: {
                                id: 'baf4f21a060f4c3aa3cfefbec6ac3ed3'
                                key: {
                                    name: 'x_itvc_value.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '0b82cecabbcc4b64b7bdbede3e97ebcc'
                        key: {
                            name: 'x_itvc_value_exchange_rate'
                            element: 'currency'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: '0b8b9e9afed24318b4eab460c749d23c'
                        key: {
                            name: 'x_itvc_value_scoring_model'
                            element: 'method'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '0b8cb3921d56498a8de31db026bbf2aa'
                        key: {
                            list_id: {
                                id: 'c066ac69b13a4c4997020885b22c6bda'
                                key: {
                                    name: 'x_itvc_value_benefit_period'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'x_itvc_value_benefit'
                                }
                            }
                            element: 'period_start'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '0b8d814954004c5d9bd2542af723a6d8'
                        key: {
                            name: 'x_itvc_value_score_history'
                            element: 'reason'
                            value: 'model_change'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '0be5b118accd4e73b1bd3b85ed42753c'
                        key: {
                            name: 'x_itvc_value_metric'
                            element: 'direction'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '0bfad9a0f3464b92b050efb1ec13399b'
                        key: {
                            document_key: 'bdc93982197649a8aff82cc1946900c8'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'ua_table_licensing_config'
                        id: '0c16df34046445d4a91888a2c95466f6'
                        key: {
                            name: 'x_itvc_value_scoring_model'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '0c220547f06e4eaf8a663869f5434f06'
                        key: {
                            document_key: 'a956f1fd97354834bde480858f515215'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '0c7e73fc9bac4d5bbcbb6c8529d739a3'
                        key: {
                            name: 'x_itvc_value_scorecard_entry'
                            element: 'judgement'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '0cacbb4cc59a4c6885ad043d078e0c2b'
                        key: {
                            list_id: {
                                id: '14a4a0b1545643b9a8005164955aa0b9'
                                key: {
                                    name: 'x_itvc_value_scorecard_entry'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'trend'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: '0d2fcbe1c5854da9a475359b0a99f4da'
                        key: {
                            name: 'x_itvc_value_benefit'
                            element: 'type'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '0d3240680ca44930bde382f453e1f380'
                        key: {
                            name: 'incident'
                            element: 'x_itvc_value_productivity_hours'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '0de4707544ac4af49590e61696ffbf7e'
                        key: {
                            list_id: {
                                id: '0a495452caf746c587a9cb97b802e660'
                                key: {
                                    name: 'x_itvc_value_service_profile'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'criticality'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '0e0fb341102f43289ccf6787c694fc46'
                        key: {
                            document_key: '89ed574775b84a858ebfac7afa5e2b36'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_ui_page'
                        id: '0e20f1bbee9f48879612d2b5afee3709'
                        key: {
                            endpoint: 'x_itvc_value_scorecard.do'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '0e306d3fe63043b591ef9434c4f69966'
                        key: {
                            list_id: {
                                id: '0f1d1197bf1a4b76b3787821ad504f28'
                                key: {
                                    name: 'x_itvc_value_rating'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'assessor'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '0e3f56d7f0bf46e4a15451672c48c526'
                        key: {
                            sys_ui_section: {
                                id: '367e5522e6ec428d8e465c3a7287de2d'
                                key: {
                                    name: 'x_itvc_value_benefit'
                                    caption: 'Plan and realisation'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'granularity'
                            position: '3'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '0e561e7fa32f400bbfab0867daf3b187'
                        key: {
                            document_key: 'e42541d839da4eeebad13a47da8871ad'
                            variable: '915990ab531000109e02ddeeff7b12f8'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '0e776e9c2e6a483a89212397e08cf9c9'
                        key: {
                            document_key: '67dddc61834c40f2a90c4deda2d9715c'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'ua_table_licensing_config'
                        id: '0ed80d8adf8f4efe9d88a31851aa72b1'
                        deleted: true
                        key: {
                            name: 'x_itvc_value_scorecard'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '0f0f029e50e844438b0101cf31e89e23'
                        key: {
                            document_key: '05b8d3374bbb4b558003847799d528d2'
                            variable: 'cbddfa135320220002c6435723dc3415'
                        }
                    },
                    {
                        table: 'sys_ui_list'
                        id: '0f1d1197bf1a4b76b3787821ad504f28'
                        key: {
                            name: 'x_itvc_value_rating'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                            element: 'NULL'
                            relationship: 'NULL'
                            parent: 'NULL'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '0f2a15f91e744b92b3c6b1c3033c5712'
                        key: {
                            field: 'record_id'
                            table: 'var__m_atf_input_variable_1f39a288df60220062fe6c7a4df2639d'
                            id: '4e6d9011485e4a6aac0a980c14aca1d1'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '0f71e5a7d80b4690b72753f8e49a6fae'
                        key: {
                            document_key: 'a469dba1866e47f5a84daad084bbceb4'
                            variable: '8c07aba5ff6033008d3f5d9ad53bf13b'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '0fa5d2920ea74d3d9891f1246b07942e'
                        key: {
                            sys_security_acl: '22d558a12ed54bcc92045d63dea11eb3'
                            sys_user_role: {
                                id: 'a954aaa3fd00490382a60874806809be'
                                key: {
                                    name: 'x_itvc_value.demand_manager'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '0fd6c6c4a50f4a898e245f7ef27d5b6a'
                        key: {
                            sys_ui_section: {
                                id: '634d2b00456b42848dde9b187f661412'
                                key: {
                                    name: 'dmn_demand'
                                    caption: 'Demand'
                                    view: {
                                        id: '5cac41bdd22941ae8b87d2fc4c11aaa2'
                                        key: {
                                            name: 'x_itvc_value_scoring'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.end_split'
                            position: '6'
                        }
                    },
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
                        table: 'sys_variable_value'
                        id: '10638f84d55c48258738f2050844e496'
                        key: {
                            document_key: 'e5ca0652100247918794c8e4c60c71f6'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '10c68ad0bd56497791c2f568b79519bd'
                        key: {
                            document_key: 'f5b7e64e13b941b4b1a8e29fc8bd6d5c'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '10f87bdf91ea46d4b587c41d23890629'
                        key: {
                            document_key: '56e3bc929ad64fa992d2595b65e97956'
                            variable: 'ff06ab840f20101091d0f00c97767e6d'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '111227c7069c4f5cb81f4f2184b01582'
                        key: {
                            document_key: '26c06484e26745ed8b41815f9a4c2d53'
                            variable: '52ed1e5b5360220002c6435723dc3421'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '11236d398e334df89b51f70ea20fcbc2'
                        key: {
                            list_id: {
                                id: 'af65d2e9628a407e88f4f8dadaa400be'
                                key: {
                                    name: 'x_itvc_value_scorecard_entry'
                                    view: {
                                        id: 'c8d5ef79559249b78cca5d2f75277b00'
                                        key: {
                                            name: 'x_itvc_value_scorecard_reds'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'previous_value'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '11543ac82fb34085a0b44300dd5f3943'
                        key: {
                            sys_ui_section: {
                                id: '6306cb30e19f4477b9ca66b6693a552e'
                                key: {
                                    name: 'dmn_demand'
                                    caption: 'Value scoring'
                                    view: {
                                        id: '5cac41bdd22941ae8b87d2fc4c11aaa2'
                                        key: {
                                            name: 'x_itvc_value_scoring'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.split'
                            position: '5'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '1168607ac9e341fe963ffb70fac032a5'
                        key: {
                            name: 'x_itvc_value_benefit_period'
                            element: 'rate_date'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '11a463ad0d4b4a4abc0deeb1bef9e8f9'
                        key: {
                            document_key: 'abed87cb375b4cb3800095e4f6f283f6'
                            variable: 'ff06ab840f20101091d0f00c97767e6d'
                        }
                    },
                    {
                        table: 'sys_db_object'
                        id: '11bd5d8f00774997ac2a77d9ef6c6424'
                        key: {
                            name: 'x_itvc_value_criterion'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '11beb9c7144149a2b4860bdbc1999feb'
                        key: {
                            name: 'x_itvc_value_rollup_run'
                            element: 'errors'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '11e373d87f354419ae8edbb54ac1ed2c'
                        key: {
                            name: 'x_itvc_value_exchange_rate'
                            element: 'effective_date'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '11fc8841d2014691938e140ae59d1457'
                        key: {
                            sys_security_acl: '15fbbd5bc04f4a78b051fd5ae83f3b9a'
                            sys_user_role: {
                                id: 'baf4f21a060f4c3aa3cfefbec6ac3ed3'
                                key: {
                                    name: 'x_itvc_value.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '12077e39c2314c87b657f98b6553298f'
                        key: {
                            name: 'x_itvc_value_score_history'
                            element: 'old_score'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '1223bfccca4e46e8a877cf1c3130a05f'
                        key: {
                            list_id: {
                                id: 'd8b91cf2a7d742d79ea608a09e7aac97'
                                key: {
                                    name: 'dmn_demand'
                                    view: {
                                        id: '5cac41bdd22941ae8b87d2fc4c11aaa2'
                                        key: {
                                            name: 'x_itvc_value_scoring'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'x_itvc_value_wsjf'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '128b944affb24fc4ad0913d6ed8bd8df'
                        key: {
                            sys_security_acl: '4b3f4e1b0adf441388b8d0ccd57298ce'
                            sys_user_role: {
                                id: 'baf4f21a060f4c3aa3cfefbec6ac3ed3'
                                key: {
                                    name: 'x_itvc_value.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '12ab8d7488a449a79f9ea62ba53e7d06'
                        key: {
                            list_id: {
                                id: '0af45240371043b88fe939b36e3f8688'
                                key: {
                                    name: 'x_itvc_value_scoring_model'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'is_default'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '12afe85d9fc1429e9149a4bac81e5153'
                        key: {
                            document_key: 'fce87fa55b9945e3a55d2f87e29af3f6'
                            variable: 'b27b2b29ff6033008d3f5d9ad53bf164'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '12c9e51a9a504f5f84736547397f3f25'
                        key: {
                            document_key: '61ab40ca03864afba3d7a37839d3cd45'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '12d6a693d2c049bfb808402745ef35c3'
                        key: {
                            list_id: {
                                id: '0af45240371043b88fe939b36e3f8688'
                                key: {
                                    name: 'x_itvc_value_scoring_model'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'rescore_pending'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '12eb27465de54f1f9749f90938acea21'
                        key: {
                            document_key: '1d9e72b2f4e146eba5f32b19ac00e834'
                            variable: 'ff06ab840f20101091d0f00c97767e6d'
                        }
                    },
                    {
                        table: 'sys_ui_form_section'
                        id: '134e63ed31654e46bcb531a5825975ab'
                        key: {
                            sys_ui_form: {
                                id: 'c850677583c9440e893d2db41e515575'
                                key: {
                                    name: 'pm_project'
                                    view: {
                                        id: '389af456384642529e2c0894c0ad5bd8'
                                        key: {
                                            name: 'x_itvc_value_benefits'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            sys_ui_section: {
                                id: '66650281922f4346a7d4724fed57c494'
                                key: {
                                    name: 'pm_project'
                                    caption: 'Project'
                                    view: {
                                        id: '389af456384642529e2c0894c0ad5bd8'
                                        key: {
                                            name: 'x_itvc_value_benefits'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '13daef8c29454e8098514b2f6235bae0'
                        key: {
                            document_key: 'e7ce0c1340b6404eb9712cf822e42f0c'
                            variable: '67400008676003007ba405225685efa4'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '13f5302bcb4e461db0ff00d3ce0fde9c'
                        key: {
                            sys_security_acl: '0fd96c61eed94019904d0e2bfcb62b9b'
                            sys_user_role: {
                                id: 'a2aa8ad8974d462e8ed9fb568e6ae905'
                                key: {
                                    name: 'x_itvc_value.viewer'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '141e36f2efa4460e8345589a91402d77'
                        key: {
                            name: 'x_itvc_value_score_history'
                            element: 'new_ranking_value'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '1430811ecf7541a2a18fd50c56928dfe'
                        key: {
                            name: 'x_itvc_value_scoring_model'
                            element: 'is_default'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '14948ad0c0bf4e87b42a4b245a62bf30'
                        key: {
                            name: 'x_itvc_value_scorecard_entry'
                            element: 'judgement'
                            value: 'flat'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_list'
                        id: '14a4a0b1545643b9a8005164955aa0b9'
                        key: {
                            name: 'x_itvc_value_scorecard_entry'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                            element: 'NULL'
                            relationship: 'NULL'
                            parent: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '150ba5b026214ea391c88470ed7257cf'
                        key: {
                            document_key: '7f2d91ea10234a449cc7463fd3197d0d'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '156bdd373a5040f0acace9970898fce9'
                        key: {
                            name: 'x_itvc_value_benefit'
                            element: 'planned_to_date'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '15e55d7f28b343b58e218efb31650c5f'
                        key: {
                            sys_security_acl: '6c1108d2d6444257ae5664857e826106'
                            sys_user_role: {
                                id: 'a2aa8ad8974d462e8ed9fb568e6ae905'
                                key: {
                                    name: 'x_itvc_value.viewer'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '160a511acf124dfe809b9c6c36af42df'
                        key: {
                            name: 'dmn_demand'
                            element: 'x_itvc_value_realised_benefit'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '164da0f2eb0a40e7940a287bf6a69001'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_14872288df60220062fe6c7a4df26319'
                            id: 'e68b05a45e5f4a30bd6601b07db064a4'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '16b8b8bc50cc4ec8b44c5f2f4e5f4724'
                        key: {
                            name: 'pm_project'
                            element: 'x_itvc_value_value_health'
                            value: 'off_track'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '16fe1c24e1674f419fd76707d9386bb4'
                        key: {
                            name: 'x_itvc_value_service_profile'
                            element: 'criticality'
                            value: '3'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '170aa3c04156425c8ef63146e0728e31'
                        key: {
                            document_key: '4e6d9011485e4a6aac0a980c14aca1d1'
                            variable: '52ed1e5b5360220002c6435723dc3421'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '17293d269e4146caa5ca541acd98c2de'
                        deleted: true
                        key: {
                            name: 'x_itvc_value_scorecard'
                            element: 'dimension'
                            value: 'value_category'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '17425e1da9d14024a77652414fe4c9fd'
                        key: {
                            sys_security_acl: 'f5056b6d106b4427b8dabc4dc3084a2c'
                            sys_user_role: {
                                id: 'baf4f21a060f4c3aa3cfefbec6ac3ed3'
                                key: {
                                    name: 'x_itvc_value.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '1745bbd2c76049c888182f9aa643ad46'
                        key: {
                            name: 'x_itvc_value_metric'
                            element: 'unit'
                            value: 'count'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '1770b53dcbaa4143adf5ca7e9aba195b'
                        key: {
                            document_key: '646b06159f524fc3b0daf320df45e3ad'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'ua_table_licensing_config'
                        id: '177765ca88b6433badbebab8b01da568'
                        key: {
                            name: 'x_itvc_value_service_profile'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '1793270a8156448ca858fdd17da758ec'
                        deleted: true
                        key: {
                            name: 'x_itvc_value_scorecard'
                            element: 'run'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '17e81b002a2a4231953d3f16c43a47c2'
                        key: {
                            name: 'x_itvc_value_scoring_model'
                            element: 'rescore_pending'
                        }
                    },
                    {
                        table: 'sys_db_object'
                        id: '18520d5733df4d22bd5e894016b1ed4f'
                        key: {
                            name: 'x_itvc_value_score_history'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '185f6d513ddb4c7e9430cdb20dbc02d4'
                        key: {
                            name: 'pm_project'
                            element: 'x_itvc_value_npv'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '186f8f8771f7445293813517904c0f75'
                        key: {
                            document_key: 'e42541d839da4eeebad13a47da8871ad'
                            variable: 'b86c0427531000109e02ddeeff7b1227'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '1873016fa682430db614aa1636afdf67'
                        key: {
                            sys_ui_section: {
                                id: 'ad149286c23b400988777a2bfd98ed0d'
                                key: {
                                    name: 'x_itvc_value_service_profile'
                                    caption: 'Service value profile'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'hourly_labour_cost'
                            position: '6'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '189e747bd4fe47d69fecd6de2f1bd471'
                        key: {
                            list_id: {
                                id: 'af65d2e9628a407e88f4f8dadaa400be'
                                key: {
                                    name: 'x_itvc_value_scorecard_entry'
                                    view: {
                                        id: 'c8d5ef79559249b78cca5d2f75277b00'
                                        key: {
                                            name: 'x_itvc_value_scorecard_reds'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'metric'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '1938227728104fb7bc64dedb87cda8b6'
                        key: {
                            sys_ui_section: {
                                id: 'f7cc1878599a4d4eb62194e71f1bd11a'
                                key: {
                                    name: 'incident'
                                    caption: 'Incident'
                                    view: {
                                        id: '48443e5bd1444433a7bd843e82f2588f'
                                        key: {
                                            name: 'x_itvc_value_business_value'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'state'
                            position: '5'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '19614d87090749b3b3a8c0813b3b3a84'
                        key: {
                            list_id: {
                                id: '64b793d3105d4105b2d581d8d4bbbae5'
                                key: {
                                    name: 'x_itvc_value_score_history'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'model_version'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '19720b6b798745e4bb37266d75d62f77'
                        key: {
                            document_key: '2e0aa0fe16c6466b90ba28533f73dd05'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '197d0d3ade334d2ca425eedf8389773e'
                        key: {
                            document_key: 'f5b7e64e13b941b4b1a8e29fc8bd6d5c'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '1993d900f7ba4e7d914a9d3eb53138ba'
                        key: {
                            name: 'x_itvc_value_score_history'
                            element: 'project'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '19a1d8256f894c9eae992958b9d1870f'
                        key: {
                            document_key: '29662a19fdef46118dc7939fd0fb1ed0'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '19e70c22f7d543958a286ba421f25e46'
                        key: {
                            name: 'x_itvc_value_snapshot'
                            element: 'period_label'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '1a05bb23f1354abda881733e609cd9a8'
                        key: {
                            sys_ui_section: {
                                id: '3b2522f45c0d4c52b1d1e35ec6e7a821'
                                key: {
                                    name: 'x_itvc_value_scoring_model'
                                    caption: 'Scoring model'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'version'
                            position: '3'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '1a15d3c538a04087aa9232a0c1f0298d'
                        key: {
                            document_key: 'aa6b62878040435fb4764ae03557dc26'
                            variable: '53fb0f535320220002c6435723dc34ec'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '1a1973ae1d4b4c729e45e1bb6b4077aa'
                        key: {
                            sys_ui_section: {
                                id: 'cb15a9b8ca6f48f9835119fda22a84b8'
                                key: {
                                    name: 'x_itvc_value_benefit'
                                    caption: 'Benefit'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'short_description'
                            position: '13'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '1a287e457cc9493a81911f9dd92b2d69'
                        key: {
                            sys_security_acl: '01efa9cf6a964be4ac67b2459e5e77da'
                            sys_user_role: {
                                id: 'baf4f21a060f4c3aa3cfefbec6ac3ed3'
                                key: {
                                    name: 'x_itvc_value.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '1a35c3956cac4a29bc3f9dc10c55d6d9'
                        key: {
                            document_key: 'df72bcd0a6ba466e81eaa28dd6805359'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '1a5a5956fe14402eab4f81f5f3bbc3a4'
                        key: {
                            name: 'x_itvc_value_service_profile'
                            element: 'NULL'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '1a8c0fd402bb4ccc94274c65235f40c1'
                        key: {
                            document_key: '0de51c95cf114c5eaab340ba24116e34'
                            variable: 'cbddfa135320220002c6435723dc3415'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '1aa2afea80704f368fb3fe862d1ea114'
                        key: {
                            document_key: '4c40b97465254f12a6f24763ec66873f'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '1b019983a0d34a0285e58099681ce385'
                        key: {
                            name: 'x_itvc_value_benefit_period'
                            element: 'measured_at'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '1b2559e236b846fe94379082572756cf'
                        deleted: true
                        key: {
                            name: 'x_itvc_value_scorecard'
                            element: 'dimension_label'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '1be67741d6a04c6b900aa897b1d451ce'
                        key: {
                            document_key: 'bdc93982197649a8aff82cc1946900c8'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '1bedfbd3db504eeaa64c955085924bc5'
                        key: {
                            sys_security_acl: '8d49729af58b409192f6b93c2109189a'
                            sys_user_role: {
                                id: '1037a6ecc11e4258b04354973aec8f73'
                                key: {
                                    name: 'x_itvc_value.portfolio_owner'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '1bfb174631784ed0bbee5962767b753b'
                        key: {
                            list_id: {
                                id: '0f1d1197bf1a4b76b3787821ad504f28'
                                key: {
                                    name: 'x_itvc_value_rating'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'demand'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '1c7f8b07ace747b6a0c074d1270dc8e8'
                        key: {
                            name: 'x_itvc_value_scoring_model'
                            element: 'method'
                            value: 'rice'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_form_section'
                        id: '1c9b373d4a674437b7a3767620833860'
                        key: {
                            sys_ui_form: {
                                id: 'bfe4c94b748f4021a990668a8079c26d'
                                key: {
                                    name: 'incident'
                                    view: {
                                        id: '48443e5bd1444433a7bd843e82f2588f'
                                        key: {
                                            name: 'x_itvc_value_business_value'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            sys_ui_section: {
                                id: '21c7e06345ed43c29daafaae8d426dec'
                                key: {
                                    name: 'incident'
                                    caption: 'Business value'
                                    view: {
                                        id: '48443e5bd1444433a7bd843e82f2588f'
                                        key: {
                                            name: 'x_itvc_value_business_value'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '1cb0b8e7890d42b78796ae405506302b'
                        key: {
                            name: 'x_itvc_value_scorecard_entry'
                            element: 'previous_value'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '1cc244bfcfef4434b874e6274855b40e'
                        key: {
                            document_key: '6df29ceec10c4e1ab5af5d9339de74c7'
                            variable: '334b7bb7675003007ba405225685ef72'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '1cc8b1d9b33b4a59a5a5a4b358ff48bc'
                        key: {
                            name: 'x_itvc_value_benefit'
                            element: 'type'
                            value: 'cost_saving'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '1d35829ca4d64d75b6008d9bc0f15c48'
                        key: {
                            name: 'dmn_demand'
                            element: 'x_itvc_value_value_category'
                            value: 'productivity'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '1d3bfc7a075d4645ae7223e242fd4669'
                        key: {
                            name: 'x_itvc_value_snapshot'
                            element: 'run'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '1d5db22f95894d099aea828e1b85ad24'
                        key: {
                            name: 'x_itvc_value_benefit'
                            element: 'realisation_pct'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '1d6e050cd91c4d26b429b2f98a651a87'
                        key: {
                            document_key: '2178a7627a624cc5b3e17aa93fea1b97'
                            variable: '46dbcb535320220002c6435723dc3409'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '1dceb95c13044d20a49b507b9dc6fc97'
                        key: {
                            sys_ui_section: {
                                id: '8aaf4fa8d5c7411d88974e3118457fff'
                                key: {
                                    name: 'pm_project'
                                    caption: 'Benefit value'
                                    view: {
                                        id: '389af456384642529e2c0894c0ad5bd8'
                                        key: {
                                            name: 'x_itvc_value_benefits'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'x_itvc_value_planned_benefit'
                            position: '2'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '1dd3273378434bc8964058072bb44ee4'
                        key: {
                            list_id: {
                                id: '5a7476404ee0477d8cf08d5f64cf78f7'
                                key: {
                                    name: 'pm_project'
                                    view: {
                                        id: '389af456384642529e2c0894c0ad5bd8'
                                        key: {
                                            name: 'x_itvc_value_benefits'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'x_itvc_value_value_health'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '1deb972979044360a938e173dc21f71d'
                        key: {
                            field: 'record_id'
                            table: 'var__m_atf_input_variable_1f39a288df60220062fe6c7a4df2639d'
                            id: '26c06484e26745ed8b41815f9a4c2d53'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '1df29e4c7a1646aa974fd9197aca2064'
                        key: {
                            document_key: '9e63fd308312469281445bdba7ee0990'
                            variable: 'cbddfa135320220002c6435723dc3415'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '1df929aae1a7447fa9603e807b6b5e8f'
                        key: {
                            sys_security_acl: 'd5cb11a23b64442081a111f632327192'
                            sys_user_role: {
                                id: 'a954aaa3fd00490382a60874806809be'
                                key: {
                                    name: 'x_itvc_value.demand_manager'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '1e3f2a44571d46eebd279ac0a882e351'
                        key: {
                            document_key: '61b727966f4142828b6c737349050a39'
                            variable: 'ff6e125353a0220002c6435723dc3442'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '1ede2c8251ac4e8a8574a98e7971a4c6'
                        key: {
                            name: 'pm_project'
                            element: 'x_itvc_value_payback_months'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '1efbcc4ed3214674a1ecd67e590d7a3a'
                        key: {
                            document_key: '05b8d3374bbb4b558003847799d528d2'
                            variable: '67400008676003007ba405225685efa4'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '1f15c24b438b44fa887233a7056e7632'
                        key: {
                            document_key: 'a956f1fd97354834bde480858f515215'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '1f2a1ed4970d4f1f95ef5d7be6d7e765'
                        key: {
                            sys_ui_section: {
                                id: '367e5522e6ec428d8e465c3a7287de2d'
                                key: {
                                    name: 'x_itvc_value_benefit'
                                    caption: 'Plan and realisation'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.split'
                            position: '5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '1f2e8f9347d94df692500c5799ca136e'
                        key: {
                            document_key: '4f15a369a62949329d81860c245a0b1e'
                            variable: 'ccae44d59f132200ef4afa7dc67fcf1e'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '1ff33fe760d945668848206ce859954c'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_2d82e3c7531400109e02ddeeff7b12a7'
                            id: 'e42541d839da4eeebad13a47da8871ad'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '205a7404ce37461995ed39185d047c6f'
                        key: {
                            sys_ui_section: {
                                id: '3b2522f45c0d4c52b1d1e35ec6e7a821'
                                key: {
                                    name: 'x_itvc_value_scoring_model'
                                    caption: 'Scoring model'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'method'
                            position: '2'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '206d0a43142b4790b761c6843b531408'
                        key: {
                            document_key: '689dcad21f5942e0933a0faf4a5801ae'
                            variable: 'ff6e125353a0220002c6435723dc3442'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '206f2a57122943338aa3c1ba779e313a'
                        key: {
                            sys_ui_section: {
                                id: 'cb15a9b8ca6f48f9835119fda22a84b8'
                                key: {
                                    name: 'x_itvc_value_benefit'
                                    caption: 'Benefit'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'category'
                            position: '3'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '207273e22d7140db927e5485c9e7b5f9'
                        key: {
                            document_key: 'a0695f10981e4779a44ab0feb67ac527'
                            variable: '6cdd0ab543010210b6f9a0246bb8f2f2'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '20743c886b9b4483be3275f31e593da6'
                        key: {
                            field: 'record_id'
                            table: 'var__m_atf_input_variable_1f39a288df60220062fe6c7a4df2639d'
                            id: '15c463b4773147f1b461aa82b1947187'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '2086075e69614d5d8a2d71b9cfb69352'
                        key: {
                            name: 'x_itvc_value_scoring_model'
                            element: 'method'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '20a2b0a363434dfbbd83239a90f767bc'
                        key: {
                            name: 'x_itvc_value_benefit'
                            element: 'number'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '20b1c9f2f8794e948a2c29062b1e21df'
                        key: {
                            sys_security_acl: '459a4901547f4e6385cc5da8ace927db'
                            sys_user_role: {
                                id: 'baf4f21a060f4c3aa3cfefbec6ac3ed3'
                                key: {
                                    name: 'x_itvc_value.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '213be759c3ee4478b4fd34e4712ae101'
                        key: {
                            name: 'incident'
                            element: 'x_itvc_value_value_category'
                            value: 'revenue'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '21678b2404c94a75ae2149ad6dfe0096'
                        key: {
                            field: 'record_id'
                            table: 'var__m_atf_input_variable_17a72288df60220062fe6c7a4df26397'
                            id: '7a83fd6b317941fb87612fce6bd18d17'
                        }
                    },
                    {
                        table: 'sys_ui_section'
                        id: '21c7e06345ed43c29daafaae8d426dec'
                        key: {
                            name: 'incident'
                            caption: 'Business value'
                            view: {
                                id: '48443e5bd1444433a7bd843e82f2588f'
                                key: {
                                    name: 'x_itvc_value_business_value'
                                }
                            }
                            sys_domain: 'global'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '2219858357e8426c8bc08c7464aee996'
                        key: {
                            document_key: 'fcd7027305e74810a9b2cc7ad2d9a825'
                            variable: '67400008676003007ba405225685efa4'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '222f118baa584ee888666f1beef06c84'
                        key: {
                            document_key: 'c2cde1821af14882b75d25032dd815b1'
                            variable: 'ff6e125353a0220002c6435723dc3442'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '22303f3b641249448c81f6c388a00455'
                        key: {
                            document_key: 'fd4547e1a0084acbaddb0a7fcfd8b25a'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '228b82f3c7494601b1b0bb37e76a3924'
                        key: {
                            name: 'x_itvc_value_scorecard_entry'
                            element: 'trend'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '229eaee521f84ce1873568bf61193cab'
                        key: {
                            list_id: {
                                id: '64b793d3105d4105b2d581d8d4bbbae5'
                                key: {
                                    name: 'x_itvc_value_score_history'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'changed_at'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '22b8973d487444ae8cf9dda266ce9235'
                        key: {
                            document_key: '9e63fd308312469281445bdba7ee0990'
                            variable: '52ed1e5b5360220002c6435723dc3421'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '22d4be9a0bbd455e9637b8185f138ace'
                        key: {
                            document_key: 'ec0c123b72414f58abdefdf6d3e752e1'
                            variable: '501c8f535320220002c6435723dc34da'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '2310adc2c7434dcf92b9fceb27f88c78'
                        key: {
                            name: 'x_itvc_value_metric'
                            element: 'perspective'
                            value: 'customer'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '23b0c63f8312468da1b620fde75e9c03'
                        key: {
                            document_key: '7a83fd6b317941fb87612fce6bd18d17'
                            variable: '53fb0f535320220002c6435723dc34ec'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '23eb9a4d2a5c41f0b0cd8dcbcbddd0a4'
                        key: {
                            name: 'x_itvc_value_benefit_period'
                            element: 'realised_amount'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '240e7c27de7e46dfa5b53840bb20c830'
                        key: {
                            name: 'x_itvc_value_rollup_run'
                            element: 'to_period'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: '243d3feffb1744a3b4fb2793dd12e5a0'
                        key: {
                            name: 'x_itvc_value_service_profile'
                            element: 'criticality'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '24654c7533514ead90679c3459368bc8'
                        key: {
                            document_key: '4a3c0a13147649e18d4e6fe9332ad6f4'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '250b161ad1514924b96c8658f236a699'
                        key: {
                            list_id: {
                                id: 'd8b91cf2a7d742d79ea608a09e7aac97'
                                key: {
                                    name: 'dmn_demand'
                                    view: {
                                        id: '5cac41bdd22941ae8b87d2fc4c11aaa2'
                                        key: {
                                            name: 'x_itvc_value_scoring'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'number'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '2521bcc506804eb4b49fa875dd829876'
                        key: {
                            list_id: {
                                id: 'c066ac69b13a4c4997020885b22c6bda'
                                key: {
                                    name: 'x_itvc_value_benefit_period'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'x_itvc_value_benefit'
                                }
                            }
                            element: 'measured_at'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '254c8dfa0f814ba7a592ffd52721661d'
                        key: {
                            name: 'dmn_demand'
                            element: 'x_itvc_value_value_category'
                            value: 'risk'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '255876262b8d4be0aeca3ae284401cfa'
                        key: {
                            document_key: 'b00b6b8bcc6e4f2bb87796dae5d4e577'
                            variable: '67400008676003007ba405225685efa4'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '256090a8a73f41ca971e631321a167ae'
                        key: {
                            name: 'x_itvc_value_benefit_period'
                            element: 'period_label'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_db_object'
                        id: '258a11a5c9314dff963dea94b0192e7c'
                        key: {
                            name: 'x_itvc_value_exchange_rate'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '261aafb06d9c446fab50b3a2ef894dd4'
                        key: {
                            document_key: 'ad7a82c90e384fcbb40dba0d1c92f23f'
                            variable: '46dbcb535320220002c6435723dc3409'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '26441c23c0c54616a8396d59c1b7c8d2'
                        key: {
                            name: 'dmn_demand'
                            element: 'x_itvc_value_breakdown_text'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '2661f85947cb421fac830b09a33492b9'
                        key: {
                            sys_security_acl: '61f20e977cb441a7aeeef09a0f19c8ce'
                            sys_user_role: {
                                id: 'a954aaa3fd00490382a60874806809be'
                                key: {
                                    name: 'x_itvc_value.demand_manager'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '26daf666467a436faa3f4c2ce433c9a8'
                        key: {
                            document_key: '01776e148c25449f87294776ce67389c'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '27347910c5324e7a915873763cfc1fdc'
                        key: {
                            sys_security_acl: '138cc85005944649adc134921820685e'
                            sys_user_role: {
                                id: 'cd33d2fba23f48e09663313589e0b243'
                                key: {
                                    name: 'x_itvc_value.benefit_owner'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '274244aa2840453aa1bb6ffa8270f777'
                        key: {
                            sys_security_acl: '54608daed811409c98c32761e7b38a95'
                            sys_user_role: {
                                id: 'baf4f21a060f4c3aa3cfefbec6ac3ed3'
                                key: {
                                    name: 'x_itvc_value.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '277ef9d4c80a4099a14681b9ce8c10cb'
                        deleted: true
                        key: {
                            list_id: {
                                id: '762288e3dd6f460c989d09e9d8761830'
                                key: {
                                    name: 'x_itvc_value_scorecard'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'period_type'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '279dbf87a56844eb871c028787cbdfd3'
                        key: {
                            name: 'x_itvc_value_metric'
                            element: 'perspective'
                            value: 'learning_growth'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '27be540223a44d78b93550e97f093761'
                        key: {
                            document_key: 'd549c752ed944baeb544d3575f7b0781'
                            variable: 'ff6e125353a0220002c6435723dc3442'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '27d4ae8f616141ef894bd11c54499060'
                        key: {
                            sys_security_acl: 'f4154d448ab4417db1f87b6ab6226229'
                            sys_user_role: {
                                id: 'a2aa8ad8974d462e8ed9fb568e6ae905'
                                key: {
                                    name: 'x_itvc_value.viewer'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '27da387a7940420ea55e44685f2a91e5'
                        key: {
                            name: 'x_itvc_value_scorecard_entry'
                            element: 'metric'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_index'
                        id: '2818c63961714e5dbc0d61010b13d40d'
                        key: {
                            logical_table_name: 'x_itvc_value_criterion'
                            col_name_string: 'model'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '2824f623110d4a0b9780b16428d4ab50'
                        key: {
                            sys_security_acl: '6613b7e5aabf45f9b634dc04b0052bf1'
                            sys_user_role: {
                                id: 'baf4f21a060f4c3aa3cfefbec6ac3ed3'
                                key: {
                                    name: 'x_itvc_value.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '2884c73576fb4beebd0fa1c31eb80fc2'
                        key: {
                            document_key: '26c06484e26745ed8b41815f9a4c2d53'
                            variable: '67400008676003007ba405225685efa4'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '28a26d735e814293ab99abe93d6bfbf7'
                        key: {
                            document_key: '9abb4374f9a14a75b807463cbd2ac22a'
                            variable: '8c07aba5ff6033008d3f5d9ad53bf13b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '28a7a845a3e64a02bf5e363ce449282a'
                        key: {
                            document_key: '89ed574775b84a858ebfac7afa5e2b36'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '28bd480b0848461b80e5b16e47bdb944'
                        key: {
                            list_id: {
                                id: '2d6ca7b42bc54bea8f576b024501bd3d'
                                key: {
                                    name: 'x_itvc_value_rollup_run'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'finished'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '293b1e2539b848b1be9abb33eefafa47'
                        key: {
                            document_key: 'ad90e1978b4046fe8a23a2f2e4be24d3'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '2967771f85184ee99f3ebeffa82b35d7'
                        key: {
                            sys_ui_section: {
                                id: '21c7e06345ed43c29daafaae8d426dec'
                                key: {
                                    name: 'incident'
                                    caption: 'Business value'
                                    view: {
                                        id: '48443e5bd1444433a7bd843e82f2588f'
                                        key: {
                                            name: 'x_itvc_value_business_value'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.split'
                            position: '7'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '298e62eb724147a1a84271e0d9ad1cf3'
                        key: {
                            document_key: 'c93ed50a531842c188795319ba8a86c9'
                            variable: 'cbddfa135320220002c6435723dc3415'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '29969b516a7f41528510f0c730ae0039'
                        key: {
                            name: 'x_itvc_value_rating'
                            element: 'comment'
                        }
                    },
                    {
                        table: 'sys_number'
                        id: '29b7b94c7f9749d7961f60ec65aad832'
                        key: {
                            category: 'x_itvc_value_benefit'
                            prefix: 'BEN'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '29bef27f6e6142d7bc0c8983695adbb4'
                        key: {
                            sys_security_acl: 'ac906b10dbe34b50bca724a5677ac741'
                            sys_user_role: {
                                id: 'baf4f21a060f4c3aa3cfefbec6ac3ed3'
                                key: {
                                    name: 'x_itvc_value.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '29ffe49d2fe140a69be9ce4bbeb06b1a'
                        key: {
                            document_key: 'b68c8b9eda2545c29d0787fb1730c818'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '2a0d613227814531830155e0ae612441'
                        key: {
                            document_key: 'c2cde1821af14882b75d25032dd815b1'
                            variable: 'cbddfa135320220002c6435723dc3415'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '2a7f5f6108234a178a5209906428909e'
                        key: {
                            name: 'incident'
                            element: 'x_itvc_value_direct_cost'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '2aa0b48081da476ab2db9434e4579b36'
                        key: {
                            name: 'x_itvc_value_rollup_run'
                            element: 'chunks_done'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '2b824e2efe104da587a4e8bfc30575ce'
                        key: {
                            name: 'incident'
                            element: 'x_itvc_value_tagged_at'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '2bd5877faf3f4607a071d5e76ed4f1f4'
                        key: {
                            document_key: 'afe8234a856643a09d3ef4cb707d7238'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '2bd96fa9855e437c832965270a22ce02'
                        key: {
                            name: 'x_itvc_value_scoring_model'
                            element: 'rerank_pending'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '2bdc6af96af042a39a2514bfcd7b8b62'
                        key: {
                            sys_security_acl: '65bf60d0acbd4be29c0d9b063045811a'
                            sys_user_role: {
                                id: 'a2aa8ad8974d462e8ed9fb568e6ae905'
                                key: {
                                    name: 'x_itvc_value.viewer'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '2bdf4c8800af4f42980694f8b10ce226'
                        key: {
                            document_key: '5a16b4b771ab42f797f22a7a5c3f8099'
                            variable: '334b7bb7675003007ba405225685ef72'
                        }
                    },
                    {
                        table: 'ua_table_licensing_config'
                        id: '2be264cac6f748e6ae03680c4f957f35'
                        key: {
                            name: 'x_itvc_value_criterion'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '2c93300856474fdeb06bbe370dc53f69'
                        key: {
                            field: 'record_id'
                            table: 'var__m_atf_input_variable_17a72288df60220062fe6c7a4df26397'
                            id: 'ec406eeb68c743fd8a4a6e63de7016d5'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '2c95c88b35f9430c89b7a1f481c75d48'
                        key: {
                            name: 'x_itvc_value_scoring_model'
                            element: 'method'
                            value: 'weighted'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '2cb7e23d8d2a4004a66d452210b4a9d2'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_14872288df60220062fe6c7a4df26319'
                            id: 'd09453b74cca4849861e8b629a365778'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '2ccb68bad3d6486cad3750d16220708f'
                        key: {
                            name: 'dmn_demand'
                            element: 'x_itvc_value_value_category'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '2cd4e1f6b7ee478e839933b2dffe580c'
                        key: {
                            document_key: '29662a19fdef46118dc7939fd0fb1ed0'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '2ce2cad996d64b2b9856889ecdddad95'
                        key: {
                            name: 'x_itvc_value_scorecard_entry'
                            element: 'trend'
                            value: 'up'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '2d551b682d4348bb92e6995a8fc8ce85'
                        key: {
                            name: 'x_itvc_value_service_profile'
                            element: 'criticality'
                        }
                    },
                    {
                        table: 'sys_ui_list'
                        id: '2d6ca7b42bc54bea8f576b024501bd3d'
                        key: {
                            name: 'x_itvc_value_rollup_run'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                            element: 'NULL'
                            relationship: 'NULL'
                            parent: 'NULL'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '2d8a65bbb897486bb738a3cad40f50f9'
                        key: {
                            field: 'record_id'
                            table: 'var__m_atf_input_variable_1f39a288df60220062fe6c7a4df2639d'
                            id: '9e63fd308312469281445bdba7ee0990'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '2d9f330dfc0b4fa588e0edfabafe75fd'
                        key: {
                            field: 'record_id'
                            table: 'var__m_atf_input_variable_17a72288df60220062fe6c7a4df26397'
                            id: '9fab2caf84d643d49cf984a003fc319e'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '2db255bc2dcf45088484e02c7fa87436'
                        key: {
                            sys_ui_section: {
                                id: '634d2b00456b42848dde9b187f661412'
                                key: {
                                    name: 'dmn_demand'
                                    caption: 'Demand'
                                    view: {
                                        id: '5cac41bdd22941ae8b87d2fc4c11aaa2'
                                        key: {
                                            name: 'x_itvc_value_scoring'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'portfolio'
                            position: '5'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '2ddfbad069054b408ec71696a63cbda7'
                        key: {
                            name: 'x_itvc_value_benefit'
                            element: 'granularity'
                        }
                    },
                    {
                        table: 'sys_ui_list'
                        id: '2df72ef07d0b47c79747d169ff3511ab'
                        key: {
                            name: 'x_itvc_value_criterion'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                            element: 'NULL'
                            relationship: 'NULL'
                            parent: 'NULL'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '2df88d3be477430bb0d429724cb5fdf5'
                        key: {
                            sys_security_acl: 'bf85f11ea1f448c59b7307901b5cbb7a'
                            sys_user_role: {
                                id: 'a2aa8ad8974d462e8ed9fb568e6ae905'
                                key: {
                                    name: 'x_itvc_value.viewer'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '2dfa116639ee4bce92a1d67979642679'
                        key: {
                            document_key: '6df29ceec10c4e1ab5af5d9339de74c7'
                            variable: '53fb0f535320220002c6435723dc34ec'
                        }
                    },
                    {
                        table: 'sys_db_object'
                        id: '2e2f119641ff452bb93f2a833b55bc27'
                        key: {
                            name: 'x_itvc_value_service_profile'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '2e33d17a848d4b608e8527f364ce3bcd'
                        key: {
                            document_key: '15c463b4773147f1b461aa82b1947187'
                            variable: '67400008676003007ba405225685efa4'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '2e46dfa00e93482991bd9e1af8c38e3e'
                        key: {
                            document_key: 'e7ce0c1340b6404eb9712cf822e42f0c'
                            variable: 'ff6e125353a0220002c6435723dc3442'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '2e612164704d4d71b1276b1c5ad4f91d'
                        key: {
                            name: 'x_itvc_value_service_profile'
                            element: 'hourly_revenue'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '2e9c81e353ce4c23b16c519f7d697ed3'
                        key: {
                            name: 'x_itvc_value_rollup_run'
                            element: 'number'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: '2ec418fe4e424a2b9b6739a30aa67dfa'
                        key: {
                            name: 'x_itvc_value_benefit'
                            element: 'state'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '2edf21d1997c4523a09688f42a1c2d2e'
                        key: {
                            list_id: {
                                id: '64b793d3105d4105b2d581d8d4bbbae5'
                                key: {
                                    name: 'x_itvc_value_score_history'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'new_score'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '2f08bc50c6114d85b277d3acc3221a8d'
                        key: {
                            document_key: 'd549c752ed944baeb544d3575f7b0781'
                            variable: 'cbddfa135320220002c6435723dc3415'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '2f1be528389a4315b30c2167c4536713'
                        key: {
                            name: 'x_itvc_value_snapshot'
                            element: 'dimension_key'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '2f2a4271e64746d98f457ff2a17bc441'
                        key: {
                            name: 'x_itvc_value_metric'
                            element: 'order'
                        }
                    },
                    {
                        table: 'ua_table_licensing_config'
                        id: '2f34632bc81d4a989173b1f73911756e'
                        key: {
                            name: 'x_itvc_value_metric'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '2f5c67178de14f4ca7b977461b65e5af'
                        key: {
                            name: 'x_itvc_value_metric'
                            element: 'description'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '2f97852003fd40788f7becc082be2d95'
                        key: {
                            list_id: {
                                id: '0a495452caf746c587a9cb97b802e660'
                                key: {
                                    name: 'x_itvc_value_service_profile'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'hourly_labour_cost'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '2fa3848e612d414097d78666da9e4f1b'
                        key: {
                            name: 'x_itvc_value_benefit_period'
                            element: 'period_label'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '2fd317d2b2d847aca16ec60fbb4501e6'
                        deleted: true
                        key: {
                            name: 'x_itvc_value_scorecard'
                            element: 'dimension'
                            value: 'portfolio'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '2fd88a1bc0f84dad8b55010fa04db158'
                        key: {
                            document_key: '5a16b4b771ab42f797f22a7a5c3f8099'
                            variable: '53fb0f535320220002c6435723dc34ec'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '2fe5941df4794af7a33f1b59570c8f77'
                        key: {
                            sys_security_acl: 'ba8ad92c655a473187e6a96d1d7633d2'
                            sys_user_role: {
                                id: 'a2aa8ad8974d462e8ed9fb568e6ae905'
                                key: {
                                    name: 'x_itvc_value.viewer'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_db_object'
                        id: '2feb2dc82ea544ae927b4aeb5a8b4558'
                        key: {
                            name: 'incident'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '2ff3759c94814af78b00ae067f457c68'
                        key: {
                            document_key: 'e5fdae1a33914deaa44222fd0de0aede'
                            variable: '67400008676003007ba405225685efa4'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '303d7a4ce92144f1a329c9ffbed725bb'
                        key: {
                            name: 'x_itvc_value_benefit'
                            element: 'state'
                            value: 'planned'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '306aeceea8b74a16961df9bc10b75a78'
                        key: {
                            name: 'x_itvc_value_benefit_period'
                            element: 'evidence'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: '306f9ecf862f498e96e3da22aceb0f0a'
                        key: {
                            name: 'incident'
                            element: 'x_itvc_value_value_category'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '3076f74ab76549188baea173041ed892'
                        key: {
                            name: 'pm_project'
                            element: 'x_itvc_value_value_category'
                            value: 'customer'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ws_query_parameter_map'
                        id: '30add58e66d0421ea97f0ac827b76dee'
                        key: {
                            web_service_operation: '42f7e2ed76204449b5073b9a158c50f6'
                            web_service_query_parameter: '7155705f830b4e2484c22895bacc9501'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '30f314ca2b5b4451ba632e7f553cd54f'
                        key: {
                            name: 'x_itvc_value_benefit_period'
                            element: 'planned_functional'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '311ebe02258e442db236ab0a8c364ee5'
                        key: {
                            list_id: {
                                id: '2d6ca7b42bc54bea8f576b024501bd3d'
                                key: {
                                    name: 'x_itvc_value_rollup_run'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'entries_written'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '3135d6ff3b974c609f4408c3cbecc0a4'
                        key: {
                            sys_ui_section: {
                                id: '8aaf4fa8d5c7411d88974e3118457fff'
                                key: {
                                    name: 'pm_project'
                                    caption: 'Benefit value'
                                    view: {
                                        id: '389af456384642529e2c0894c0ad5bd8'
                                        key: {
                                            name: 'x_itvc_value_benefits'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'x_itvc_value_realised_benefit'
                            position: '3'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '315cf471ced14f06a9726f73df015a83'
                        key: {
                            sys_security_acl: 'e0fb64cecc8b4499a03d543373026da6'
                            sys_user_role: {
                                id: '1037a6ecc11e4258b04354973aec8f73'
                                key: {
                                    name: 'x_itvc_value.portfolio_owner'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '3186bb47e43d4c5e827849e7c4d77c2d'
                        key: {
                            name: 'x_itvc_value_rollup_run'
                            element: 'as_of'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '318787b2b1c0462ba915dc2ca4d9fc7c'
                        key: {
                            sys_ui_section: {
                                id: 'f7cc1878599a4d4eb62194e71f1bd11a'
                                key: {
                                    name: 'incident'
                                    caption: 'Incident'
                                    view: {
                                        id: '48443e5bd1444433a7bd843e82f2588f'
                                        key: {
                                            name: 'x_itvc_value_business_value'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.end_split'
                            position: '8'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '318e0f9ec7f9469ab343bc1a3f7e6c02'
                        key: {
                            sys_ui_section: {
                                id: 'cb15a9b8ca6f48f9835119fda22a84b8'
                                key: {
                                    name: 'x_itvc_value_benefit'
                                    caption: 'Benefit'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'measurement_method'
                            position: '14'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '3199da71b7514815b469fb15badf7f20'
                        key: {
                            name: 'x_itvc_value_benefit'
                            element: 'measure'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '31a43ba0ad4c49e9bbd24a2bc8caa552'
                        key: {
                            sys_security_acl: '109763d2ef754153955ffba2d5a4d579'
                            sys_user_role: {
                                id: 'baf4f21a060f4c3aa3cfefbec6ac3ed3'
                                key: {
                                    name: 'x_itvc_value.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '31aee6444286473f8a8b329986eda773'
                        key: {
                            document_key: '61b727966f4142828b6c737349050a39'
                            variable: '67400008676003007ba405225685efa4'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '31b3a3c85af5499b9bc2006be7eda072'
                        key: {
                            name: 'incident'
                            element: 'x_itvc_value_impact_cost'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '3216fce4287746a6b0f477885049f4e9'
                        key: {
                            document_key: 'f5b7e64e13b941b4b1a8e29fc8bd6d5c'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '321cf9345f4745b6b0e8b9efa74b4c40'
                        key: {
                            document_key: 'fcd7027305e74810a9b2cc7ad2d9a825'
                            variable: '6aad5a575360220002c6435723dc34b0'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '322112c9614e4b6cb7aec84b1b12bee1'
                        key: {
                            name: 'x_itvc_value_snapshot'
                            element: 'period_type'
                            value: 'year'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '32512300fc874c32bb3ab330feec127b'
                        key: {
                            list_id: {
                                id: 'ee0a3fd2cd144eb28a491037319b7614'
                                key: {
                                    name: 'x_itvc_value_benefit'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'short_description'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '3275b35e0ed849f5af694867813f2661'
                        key: {
                            name: 'x_itvc_value_criterion'
                            element: 'direction'
                            value: 'benefit'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '32886cee669449458a5b8c09fd6d2178'
                        key: {
                            name: 'dmn_demand'
                            element: 'x_itvc_value_score_status'
                            value: 'scored'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '328f1a440f8040468b45f46eb8635fb7'
                        key: {
                            sys_ui_section: {
                                id: '6306cb30e19f4477b9ca66b6693a552e'
                                key: {
                                    name: 'dmn_demand'
                                    caption: 'Value scoring'
                                    view: {
                                        id: '5cac41bdd22941ae8b87d2fc4c11aaa2'
                                        key: {
                                            name: 'x_itvc_value_scoring'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'x_itvc_value_wsjf'
                            position: '8'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '32a58f97462b441399c7287c9995a895'
                        key: {
                            document_key: '3759d78e2cfb479b99a0136bd4b05a42'
                            variable: '53fb0f535320220002c6435723dc34ec'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '32bf3aee0e4248c7ad9f2732f246c386'
                        key: {
                            sys_ui_section: {
                                id: '21c7e06345ed43c29daafaae8d426dec'
                                key: {
                                    name: 'incident'
                                    caption: 'Business value'
                                    view: {
                                        id: '48443e5bd1444433a7bd843e82f2588f'
                                        key: {
                                            name: 'x_itvc_value_business_value'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'x_itvc_value_revenue_at_risk'
                            position: '2'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '32ce7f47dbc648eb8491e36bb9c81979'
                        key: {
                            list_id: {
                                id: 'ed43090160bc47ed9fe1a89919cd8425'
                                key: {
                                    name: 'x_itvc_value_snapshot'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'dimension'
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
                        table: 'sys_ws_query_parameter_map'
                        id: '330a163edd6a460eaef079d9e48f739a'
                        key: {
                            web_service_operation: '1a6f80effcbf4e369707be9fa5a2b705'
                            web_service_query_parameter: '7a19d4dc7c734c2faa01f191fefe37c9'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '336dad61179146af96bc4e4892786311'
                        key: {
                            document_key: 'b89199ccfcd84612a8743ef235d683d1'
                            variable: '915990ab531000109e02ddeeff7b12f8'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '337dcb4311ce4837afb21609cd885023'
                        key: {
                            document_key: '98d855a0c30e4befa94fc324e90a5fa8'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '33aa7624ce4f426e912101b4805cc3cd'
                        key: {
                            document_key: 'e68b05a45e5f4a30bd6601b07db064a4'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: '33bb726d671b44628679dbd27eed64e9'
                        key: {
                            name: 'x_itvc_value_rollup_run'
                            element: 'state'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '33f11c0c56fa4cca9aab2d534e1f8c1e'
                        key: {
                            sys_ui_section: {
                                id: '21c7e06345ed43c29daafaae8d426dec'
                                key: {
                                    name: 'incident'
                                    caption: 'Business value'
                                    view: {
                                        id: '48443e5bd1444433a7bd843e82f2588f'
                                        key: {
                                            name: 'x_itvc_value_business_value'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'x_itvc_value_direct_cost'
                            position: '3'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '340740eacd8d4829b03c5edda760f8d7'
                        key: {
                            name: 'x_itvc_value_service_profile'
                            element: 'criticality'
                            value: '1'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '3414bcfa9e9f4d359a931aa80ecee76f'
                        key: {
                            sys_security_acl: 'efffc152c64349f9aefc10d778009d73'
                            sys_user_role: {
                                id: 'a2aa8ad8974d462e8ed9fb568e6ae905'
                                key: {
                                    name: 'x_itvc_value.viewer'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '341d0f3e32b645339f65e5d66cad249c'
                        key: {
                            name: 'x_itvc_value_benefit_period'
                            element: 'period_start'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '3430809e4540433596903bb408e5fc61'
                        key: {
                            sys_security_acl: 'ee18f6d39982496bb180ea8338406bcd'
                            sys_user_role: {
                                id: '6168292956ed41588199d96a0a354434'
                                key: {
                                    name: 'x_itvc_value.tagger'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '349537147dc94b1eb33bdf32e6a827f2'
                        key: {
                            name: 'x_itvc_value_metric'
                            element: 'perspective'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '34c93491b6824d49ba0b9b0d15237bb7'
                        key: {
                            sys_security_acl: '27ee842f34714eababe16f4a3bfb3a62'
                            sys_user_role: {
                                id: 'a2aa8ad8974d462e8ed9fb568e6ae905'
                                key: {
                                    name: 'x_itvc_value.viewer'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '35411cb74b9746a0a5b7d7127655b0e9'
                        key: {
                            name: 'x_itvc_value_scorecard_entry'
                            element: 'target'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ws_query_parameter_map'
                        id: '354c9626282841fcb9578d4c5bbe066c'
                        key: {
                            web_service_operation: '8d88507efc7a4408a50f730a27c0bb57'
                            web_service_query_parameter: '341f3e1278044e979806789221fa36a2'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '355cf03d68a840d884715b76d4ade27d'
                        key: {
                            sys_security_acl: '40a342469bd944f4b50d2d8b54e0ceed'
                            sys_user_role: {
                                id: 'a2aa8ad8974d462e8ed9fb568e6ae905'
                                key: {
                                    name: 'x_itvc_value.viewer'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '355d14c417704d0a83b197aa6d56b45a'
                        deleted: true
                        key: {
                            name: 'x_itvc_value_scorecard'
                            element: 'dimension'
                            value: 'all'
                            language: 'en'
                            dependent_value: 'NULL'
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
                        table: 'sys_variable_value'
                        id: '35694b130c2a4997adab76031c8b20f4'
                        key: {
                            document_key: '1d9e72b2f4e146eba5f32b19ac00e834'
                            variable: '98c44875ffa033008d3f5d9ad53bf1fa'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '36201f5dbabb41879d16daa31ecd0ea5'
                        key: {
                            sys_security_acl: '2aa6222fdd394278a04cd32d7e4ddef7'
                            sys_user_role: {
                                id: 'a2aa8ad8974d462e8ed9fb568e6ae905'
                                key: {
                                    name: 'x_itvc_value.viewer'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '3626c59396754b2bb06c05c5f07ac928'
                        key: {
                            name: 'x_itvc_value_snapshot'
                            element: 'dimension'
                            value: 'business_service'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '364d1b7a1b0141d194a76897815bb370'
                        key: {
                            list_id: {
                                id: 'e7dfe4e278604a5292bba0668cd9ff20'
                                key: {
                                    name: 'x_itvc_value_exchange_rate'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'effective_date'
                        }
                    },
                    {
                        table: 'sys_ui_section'
                        id: '367e5522e6ec428d8e465c3a7287de2d'
                        key: {
                            name: 'x_itvc_value_benefit'
                            caption: 'Plan and realisation'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '3686796790e7406cab71a3db50d41bf6'
                        key: {
                            name: 'x_itvc_value_snapshot'
                            element: 'dimension'
                            value: 'all'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '36ffe2e13f91487688b4d571a1ae69b5'
                        key: {
                            sys_ui_section: {
                                id: 'cb15a9b8ca6f48f9835119fda22a84b8'
                                key: {
                                    name: 'x_itvc_value_benefit'
                                    caption: 'Benefit'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.begin_split'
                            position: '0'
                        }
                    },
                    {
                        table: 'sys_db_object'
                        id: '37208ca885fc4950b61f5e993a548c91'
                        key: {
                            name: 'x_itvc_value_rating'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '372bedfdf4fc4496aa53dcb07cf2066d'
                        key: {
                            list_id: {
                                id: 'ee0a3fd2cd144eb28a491037319b7614'
                                key: {
                                    name: 'x_itvc_value_benefit'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'currency'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '373a4b225d1042bbb34b55890a6ebc58'
                        key: {
                            document_key: '4ff517c084b248a4b6d5fea52c9d2f1b'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '375cabd0f3824bd5961e9f414bcd1393'
                        key: {
                            field: 'record_id'
                            table: 'var__m_atf_input_variable_17a72288df60220062fe6c7a4df26397'
                            id: '3fb1f3344b4845db9315195286c88dfe'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '37639c2587ce4bcfa840d605d4c30930'
                        key: {
                            name: 'x_itvc_value_benefit_period'
                            element: 'planned_amount'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '37c3f8736eef478d9be2f3eb266715e8'
                        key: {
                            field: 'record_id'
                            table: 'var__m_atf_input_variable_1f39a288df60220062fe6c7a4df2639d'
                            id: 'b00b6b8bcc6e4f2bb87796dae5d4e577'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '37db048adbb644d486c411a50f59ac23'
                        key: {
                            sys_security_acl: 'a059382a875b42a1b2718fa4036cf62d'
                            sys_user_role: {
                                id: '1037a6ecc11e4258b04354973aec8f73'
                                key: {
                                    name: 'x_itvc_value.portfolio_owner'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '37dd1449def042df9ac176896687d40c'
                        key: {
                            name: 'x_itvc_value_scorecard_entry'
                            element: 'status'
                            value: 'no_data'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_view'
                        id: '389af456384642529e2c0894c0ad5bd8'
                        key: {
                            name: 'x_itvc_value_benefits'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '38c451d3320e415a903347253911835b'
                        key: {
                            name: 'x_itvc_value_scorecard_entry'
                            element: 'trend'
                            value: 'down'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '38d204a0dae6490ab148776d9b456cf3'
                        key: {
                            name: 'x_itvc_value_scoring_model'
                            element: 'rescore_reason'
                            value: 'recalculation'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '38f378b8b0664b2a994b8008c20d2b53'
                        key: {
                            document_key: 'bab49d95cc3a4925af2fc7600c9835f2'
                            variable: '8f7d0f935320220002c6435723dc3471'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '396b93250df4433a8251ce9b47400320'
                        key: {
                            list_id: {
                                id: '2df72ef07d0b47c79747d169ff3511ab'
                                key: {
                                    name: 'x_itvc_value_criterion'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'key'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '398d98b4b4e647df8b843fc045602f54'
                        key: {
                            document_key: '0de51c95cf114c5eaab340ba24116e34'
                            variable: '52ed1e5b5360220002c6435723dc3421'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '39a1b3dd1b0b4b88b04390700efdff96'
                        key: {
                            sys_security_acl: '1ee587137dc04146bf8038eae07fac12'
                            sys_user_role: {
                                id: 'baf4f21a060f4c3aa3cfefbec6ac3ed3'
                                key: {
                                    name: 'x_itvc_value.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '39afb9444b574256a9cf1a90a02c5260'
                        key: {
                            document_key: '9fab2caf84d643d49cf984a003fc319e'
                            variable: '53fb0f535320220002c6435723dc34ec'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '39b624b458f04a1e9277cf1b48e010db'
                        key: {
                            name: 'x_itvc_value_snapshot'
                            element: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '39ea186e036e455baf385d6ace9f2b90'
                        key: {
                            document_key: '4decf7b62e624f94bc527dff72bf50bc'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '39fee50de4414097b7c6500c0468a545'
                        key: {
                            document_key: '381ee67f281c47b5b009cedf044498c8'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '3a7311c70f084c4faf93c3c4c1fd9243'
                        key: {
                            sys_security_acl: '9873cbfd3b6f48f19c672856856a926b'
                            sys_user_role: {
                                id: 'baf4f21a060f4c3aa3cfefbec6ac3ed3'
                                key: {
                                    name: 'x_itvc_value.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_db_object'
                        id: '3a79d1521f644fc2abeafd41d6ee07a5'
                        key: {
                            name: 'x_itvc_value_benefit_period'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '3a8337362b63428aba93f6fac5aafa34'
                        key: {
                            name: 'x_itvc_value_snapshot'
                            element: 'NULL'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '3ace48aab25b420ab4067b7a34f3877f'
                        key: {
                            sys_security_acl: 'cb0e467ac16c4b6a84234c8b75f32a6d'
                            sys_user_role: {
                                id: 'a2aa8ad8974d462e8ed9fb568e6ae905'
                                key: {
                                    name: 'x_itvc_value.viewer'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '3aec2f7115024cd3a15b59724e102785'
                        key: {
                            document_key: 'df72bcd0a6ba466e81eaa28dd6805359'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_ui_section'
                        id: '3b2522f45c0d4c52b1d1e35ec6e7a821'
                        key: {
                            name: 'x_itvc_value_scoring_model'
                            caption: 'Scoring model'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                        }
                    },
                    {
                        table: 'sys_index'
                        id: '3b2fc9a36f0142989bf671d5a680ec03'
                        key: {
                            logical_table_name: 'x_itvc_value_benefit_period'
                            col_name_string: 'benefit,period_label'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '3b49476ddddc4583893da1110696a015'
                        key: {
                            list_id: {
                                id: '9d9cb893a72d428ab71442c5ed6935b8'
                                key: {
                                    name: 'x_itvc_value_benefit_period'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'period_end'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '3c4226fd68894c51971dfb230fc7ff04'
                        deleted: true
                        key: {
                            name: 'x_itvc_value_scorecard'
                            element: 'period_label'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '3c5d80a3e59946a9a856c0162967e575'
                        key: {
                            name: 'dmn_demand'
                            element: 'x_itvc_value_ranking_value'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '3ca5703c0cb3415c90da24ede757b05f'
                        key: {
                            sys_ui_section: {
                                id: '21c7e06345ed43c29daafaae8d426dec'
                                key: {
                                    name: 'incident'
                                    caption: 'Business value'
                                    view: {
                                        id: '48443e5bd1444433a7bd843e82f2588f'
                                        key: {
                                            name: 'x_itvc_value_business_value'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'x_itvc_value_value_category'
                            position: '1'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '3caca75e87c944fcb7d12f9caa0923c3'
                        key: {
                            sys_ui_section: {
                                id: '8aaf4fa8d5c7411d88974e3118457fff'
                                key: {
                                    name: 'pm_project'
                                    caption: 'Benefit value'
                                    view: {
                                        id: '389af456384642529e2c0894c0ad5bd8'
                                        key: {
                                            name: 'x_itvc_value_benefits'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.begin_split'
                            position: '0'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '3d01956f6eea4a308545b1fcf691b314'
                        key: {
                            document_key: '6df29ceec10c4e1ab5af5d9339de74c7'
                            variable: '46dbcb535320220002c6435723dc3409'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '3d0d08741bd641f4b970a73f6df66c90'
                        key: {
                            sys_security_acl: '03d6d3fd4d1c4a27ab0a8450bca6d7cd'
                            sys_user_role: {
                                id: 'baf4f21a060f4c3aa3cfefbec6ac3ed3'
                                key: {
                                    name: 'x_itvc_value.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '3d8e1073ec664dc5ab8269fdbebdd406'
                        key: {
                            name: 'x_itvc_value_score_history'
                            element: 'reason'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '3d9fb219443c4cd9b163a8bd1aa22727'
                        key: {
                            name: 'pm_project'
                            element: 'x_itvc_value_score'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '3da3407d01004d52926095e073cf2c79'
                        key: {
                            document_key: '9e63fd308312469281445bdba7ee0990'
                            variable: '67400008676003007ba405225685efa4'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '3dc7563ebfb94133a5d6a94f42633977'
                        key: {
                            name: 'pm_project'
                            element: 'x_itvc_value_roi_pct'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '3df29814458a4c48bf71dd49c04dbeaa'
                        key: {
                            name: 'x_itvc_value_score_history'
                            element: 'changed_at'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '3e0e32ee6b4f449bb8c842c3f732304b'
                        key: {
                            name: 'x_itvc_value_snapshot'
                            element: 'dimension_key'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: '3e139584c6b44686be27a9f8f25b76ed'
                        key: {
                            name: 'pm_project'
                            element: 'x_itvc_value_value_category'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '3e40111bb41b4cfa91ba80b254cd23f1'
                        key: {
                            document_key: '2227ea9cb89b439081ee382dfc3f9934'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '3e602bf1e19d4a8993cb44735ea29a6e'
                        key: {
                            name: 'x_itvc_value_metric'
                            element: 'name'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '3e86849acda84c42a55107407e2e335e'
                        key: {
                            document_key: 'abed87cb375b4cb3800095e4f6f283f6'
                            variable: 'b27b2b29ff6033008d3f5d9ad53bf164'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '3e8bc645dbf7474eba63e6c53424893a'
                        key: {
                            document_key: '2178a7627a624cc5b3e17aa93fea1b97'
                            variable: '501c8f535320220002c6435723dc34da'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '3e9ea23a8c9a4cecb5fada682fef1a87'
                        key: {
                            name: 'x_itvc_value_score_history'
                            element: 'model'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '3eaf093c80b74283b9306eb53617c8ea'
                        key: {
                            name: 'x_itvc_value_benefit'
                            element: 'state'
                            value: 'realised'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '3ebe98230cb94cc491d3ad90eb1d3c38'
                        key: {
                            name: 'x_itvc_value_benefit'
                            element: 'granularity'
                            value: 'quarter'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '3ed09aec2726408a8569b0a5a627581f'
                        key: {
                            document_key: 'aca4dd38831d43e5ae93abab5d7a5162'
                            variable: '67400008676003007ba405225685efa4'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '3efff963048243278c60351f0592e659'
                        key: {
                            name: 'incident'
                            element: 'x_itvc_value_outage_minutes'
                        }
                    },
                    {
                        table: 'sys_ui_form_section'
                        id: '3f59daf294de440daf3eeada5f4e832a'
                        key: {
                            sys_ui_form: {
                                id: 'c850677583c9440e893d2db41e515575'
                                key: {
                                    name: 'pm_project'
                                    view: {
                                        id: '389af456384642529e2c0894c0ad5bd8'
                                        key: {
                                            name: 'x_itvc_value_benefits'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            sys_ui_section: {
                                id: '8aaf4fa8d5c7411d88974e3118457fff'
                                key: {
                                    name: 'pm_project'
                                    caption: 'Benefit value'
                                    view: {
                                        id: '389af456384642529e2c0894c0ad5bd8'
                                        key: {
                                            name: 'x_itvc_value_benefits'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '3f5ddfafaf9b406e8904e256be0b6d9d'
                        key: {
                            name: 'x_itvc_value_score_history'
                            element: 'changed_by'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '3fb61c09052d4acd877a02fff60b4106'
                        key: {
                            list_id: {
                                id: '0af45240371043b88fe939b36e3f8688'
                                key: {
                                    name: 'x_itvc_value_scoring_model'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'version'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '4004754f14f241a3b4a2c1df5ede588e'
                        key: {
                            document_key: '81de930e15ff4058a06f5cc48993f43b'
                            variable: '46dbcb535320220002c6435723dc3409'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '404d866ee44f4bea982639d7131c9ce6'
                        key: {
                            name: 'x_itvc_value_criterion'
                            element: 'formula_role'
                            value: 'reach'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '4096d827f2b044d5951cc93dded5fdd5'
                        key: {
                            sys_ui_section: {
                                id: '21c7e06345ed43c29daafaae8d426dec'
                                key: {
                                    name: 'incident'
                                    caption: 'Business value'
                                    view: {
                                        id: '48443e5bd1444433a7bd843e82f2588f'
                                        key: {
                                            name: 'x_itvc_value_business_value'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'x_itvc_value_productivity_hours'
                            position: '5'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '40e64ca65d7d40e9b3f607de33b17d3c'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_14872288df60220062fe6c7a4df26319'
                            id: '7192b88e47d14f5f844bfc2168543e3e'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '40f07b3cf20a4a4eaed89f856320c633'
                        key: {
                            name: 'x_itvc_value_scorecard_entry'
                            element: 'NULL'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '41148c5873254ada8621cb0154866e29'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_14872288df60220062fe6c7a4df26319'
                            id: '470c3d37791c4b1386ecfc4f3412a455'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '411eb90bac324028b204a572918388ed'
                        key: {
                            name: 'x_itvc_value_rating'
                            element: 'NULL'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '412ef483ca584caaa1efba4b8b1dbfa1'
                        key: {
                            name: 'x_itvc_value_benefit'
                            element: 'realisation_pct'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '4143e30aed83432e80f72c38a7e214ae'
                        key: {
                            list_id: {
                                id: '2df72ef07d0b47c79747d169ff3511ab'
                                key: {
                                    name: 'x_itvc_value_criterion'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'min_value'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '415ad80a918a4c588f899009e9234ff9'
                        key: {
                            name: 'pm_project'
                            element: 'x_itvc_value_planned_benefit'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '415cab6309c446a7976661c59ff63027'
                        key: {
                            name: 'x_itvc_value_rollup_run'
                            element: 'state'
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
                        table: 'sys_documentation'
                        id: '41fe8cf40a2d4c0e94b9e7557199c62c'
                        key: {
                            name: 'x_itvc_value_snapshot'
                            element: 'period_start'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '4241a4bd8bb44fb582ccf7cf4a763986'
                        key: {
                            document_key: '3fb1f3344b4845db9315195286c88dfe'
                            variable: '334b7bb7675003007ba405225685ef72'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '4275d990899b4fe5b4773df8d31c70b2'
                        key: {
                            list_id: {
                                id: '2d6ca7b42bc54bea8f576b024501bd3d'
                                key: {
                                    name: 'x_itvc_value_rollup_run'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'chunks_total'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '42c14357374d422abe9f39962e188c0f'
                        key: {
                            document_key: '1d9d409dbc2948c1a01724a8a78a0436'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '42ced72fa6064196b1ac596f316b56c9'
                        key: {
                            name: 'x_itvc_value_rollup_run'
                            element: 'periods'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '43198715d47c455090845fe7328eb271'
                        key: {
                            sys_security_acl: 'aea3676b812b4939a3ad1278f97389af'
                            sys_user_role: {
                                id: 'a2aa8ad8974d462e8ed9fb568e6ae905'
                                key: {
                                    name: 'x_itvc_value.viewer'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '4379970e7e1a4eb1954ac750eb59607e'
                        key: {
                            sys_ui_section: {
                                id: '6d4f18edcba04331a19f668be8c52e60'
                                key: {
                                    name: 'dmn_demand'
                                    caption: 'Demand'
                                    view: {
                                        id: '389af456384642529e2c0894c0ad5bd8'
                                        key: {
                                            name: 'x_itvc_value_benefits'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'portfolio'
                            position: '5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '43913ccda4474ade8ed85da68dbbf226'
                        key: {
                            document_key: '9abb4374f9a14a75b807463cbd2ac22a'
                            variable: '1985e0ceff2433008d3f5d9ad53bf1ba'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '43da8f87e5154824bd11922bb97c4fef'
                        key: {
                            list_id: {
                                id: 'f0d275a0ad654b8a88cebc6bdf82c457'
                                key: {
                                    name: 'incident'
                                    view: {
                                        id: '48443e5bd1444433a7bd843e82f2588f'
                                        key: {
                                            name: 'x_itvc_value_business_value'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'x_itvc_value_value_category'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '4407927586ed442b8f56490728c87007'
                        key: {
                            document_key: '80bafd5a249c46f1a4b66ce14df5ece2'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '443f16c24046432ca7508b944493a75d'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_14872288df60220062fe6c7a4df26319'
                            id: 'b68c8b9eda2545c29d0787fb1730c818'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '445628c6da134b50a9f0512c1d9a60a6'
                        key: {
                            sys_ui_section: {
                                id: '6306cb30e19f4477b9ca66b6693a552e'
                                key: {
                                    name: 'dmn_demand'
                                    caption: 'Value scoring'
                                    view: {
                                        id: '5cac41bdd22941ae8b87d2fc4c11aaa2'
                                        key: {
                                            name: 'x_itvc_value_scoring'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'x_itvc_value_ranking_value'
                            position: '7'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '4458b68e1c69433daf0994e064365355'
                        key: {
                            name: 'x_itvc_value_snapshot'
                            element: 'digest'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '445ce405154d40c7a098685dd4a38573'
                        key: {
                            name: 'x_itvc_value_benefit'
                            element: 'planned_total'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '4471a86b30d149e99b90c3954ac73410'
                        key: {
                            name: 'pm_project'
                            element: 'x_itvc_value_value_health'
                            value: 'not_measured'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '4479b33168874473a4ad1fe3e0903aac'
                        key: {
                            name: 'x_itvc_value_scorecard_entry'
                            element: 'judgement'
                            value: 'worsening'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '449ff9dbb7434a10b1bb053aafc21e40'
                        key: {
                            name: 'x_itvc_value_service_profile'
                            element: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '44f4d884469241d59abdec5c641cf5e5'
                        deleted: true
                        key: {
                            list_id: {
                                id: '762288e3dd6f460c989d09e9d8761830'
                                key: {
                                    name: 'x_itvc_value_scorecard'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'dimension_label'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '44f6a390ec494e28beb91c5afc79f8c2'
                        key: {
                            sys_security_acl: 'dfeb4d55fac149ceb83643cb713d383b'
                            sys_user_role: {
                                id: 'baf4f21a060f4c3aa3cfefbec6ac3ed3'
                                key: {
                                    name: 'x_itvc_value.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '454a44c0b36447fe826842dfd1f99bad'
                        key: {
                            name: 'x_itvc_value_benefit'
                            element: 'type'
                            value: 'cost_avoidance'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '456bed46fcd34e368ce504f93a35fe1f'
                        key: {
                            document_key: '2227ea9cb89b439081ee382dfc3f9934'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '4576dece8a5c4786a115887c7862bf6f'
                        key: {
                            name: 'x_itvc_value_criterion'
                            element: 'direction'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '457ffd2e0b444c42af1cec3c8cc9bae1'
                        key: {
                            document_key: '3fb1f3344b4845db9315195286c88dfe'
                            variable: '53fb0f535320220002c6435723dc34ec'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '459f45703eaf49afab50d97cf06c091a'
                        key: {
                            list_id: {
                                id: 'd8b91cf2a7d742d79ea608a09e7aac97'
                                key: {
                                    name: 'dmn_demand'
                                    view: {
                                        id: '5cac41bdd22941ae8b87d2fc4c11aaa2'
                                        key: {
                                            name: 'x_itvc_value_scoring'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'short_description'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '46c089a26e734cc587a9e40e352b2bbc'
                        key: {
                            name: 'x_itvc_value_snapshot'
                            element: 'period_label'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '46e17678a73e4acd874c28bf5623fd4d'
                        key: {
                            name: 'x_itvc_value_criterion'
                            element: 'order'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '4709c52cbe714f39b5758de655324d27'
                        key: {
                            document_key: '80bafd5a249c46f1a4b66ce14df5ece2'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '472e9188eb764b2288372138699cda6e'
                        key: {
                            document_key: 'b89199ccfcd84612a8743ef235d683d1'
                            variable: '78b8d86b531000109e02ddeeff7b12f3'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '4736ed4548344057badb9ffec64be89e'
                        key: {
                            field: 'record_id'
                            table: 'var__m_atf_input_variable_1f39a288df60220062fe6c7a4df2639d'
                            id: 'c2cde1821af14882b75d25032dd815b1'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '476a899176934973a244a0b5effd199f'
                        key: {
                            sys_ui_section: {
                                id: '6d4f18edcba04331a19f668be8c52e60'
                                key: {
                                    name: 'dmn_demand'
                                    caption: 'Demand'
                                    view: {
                                        id: '389af456384642529e2c0894c0ad5bd8'
                                        key: {
                                            name: 'x_itvc_value_benefits'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'short_description'
                            position: '9'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '478a1bda4b6944d1a169dbb651f47c65'
                        key: {
                            document_key: 'b00b6b8bcc6e4f2bb87796dae5d4e577'
                            variable: '52ed1e5b5360220002c6435723dc3421'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '478f37d16ca2403b9ad059917e2d9946'
                        key: {
                            document_key: 'c93ed50a531842c188795319ba8a86c9'
                            variable: '6aad5a575360220002c6435723dc34b0'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '47f0e018f0dd4a289238c976960d879e'
                        key: {
                            sys_ui_section: {
                                id: 'f7cc1878599a4d4eb62194e71f1bd11a'
                                key: {
                                    name: 'incident'
                                    caption: 'Incident'
                                    view: {
                                        id: '48443e5bd1444433a7bd843e82f2588f'
                                        key: {
                                            name: 'x_itvc_value_business_value'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'number'
                            position: '1'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '47fd01b4004049c29402ec2ec54b99aa'
                        key: {
                            document_key: '4e6d9011485e4a6aac0a980c14aca1d1'
                            variable: 'cbddfa135320220002c6435723dc3415'
                        }
                    },
                    {
                        table: 'sys_ui_view'
                        id: '48443e5bd1444433a7bd843e82f2588f'
                        key: {
                            name: 'x_itvc_value_business_value'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '484d12d98ad244b68498e99ac3a8f1f4'
                        key: {
                            sys_ui_section: {
                                id: '6306cb30e19f4477b9ca66b6693a552e'
                                key: {
                                    name: 'dmn_demand'
                                    caption: 'Value scoring'
                                    view: {
                                        id: '5cac41bdd22941ae8b87d2fc4c11aaa2'
                                        key: {
                                            name: 'x_itvc_value_scoring'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'x_itvc_value_breakdown_text'
                            position: '11'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '484ee39c921440d2ade377054ce1bb70'
                        key: {
                            name: 'x_itvc_value_metric'
                            element: 'amber_tolerance'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '487e23cc2c1d40e4845888b7b6ae8958'
                        key: {
                            name: 'x_itvc_value_scorecard_entry'
                            element: 'metric'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '48afd9c100e74299b34cfca6d820e95e'
                        key: {
                            list_id: {
                                id: 'f0d275a0ad654b8a88cebc6bdf82c457'
                                key: {
                                    name: 'incident'
                                    view: {
                                        id: '48443e5bd1444433a7bd843e82f2588f'
                                        key: {
                                            name: 'x_itvc_value_business_value'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'number'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '48c26007efa94bd693693212a7e374c2'
                        key: {
                            sys_security_acl: '61b86532ab404855972e793f49cf567b'
                            sys_user_role: {
                                id: 'a2aa8ad8974d462e8ed9fb568e6ae905'
                                key: {
                                    name: 'x_itvc_value.viewer'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '4904728a5ede4754ade62e11cc533856'
                        key: {
                            sys_ui_section: {
                                id: '3b2522f45c0d4c52b1d1e35ec6e7a821'
                                key: {
                                    name: 'x_itvc_value_scoring_model'
                                    caption: 'Scoring model'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'rescore_pending'
                            position: '7'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '4910c20713b34a4db34305f7ad85db20'
                        key: {
                            sys_security_acl: '9797dccf73244a6594aaf130f9b7cf28'
                            sys_user_role: {
                                id: 'a2aa8ad8974d462e8ed9fb568e6ae905'
                                key: {
                                    name: 'x_itvc_value.viewer'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '49604d0df2874b3283f54b85a7081e58'
                        key: {
                            document_key: '3759d78e2cfb479b99a0136bd4b05a42'
                            variable: '46dbcb535320220002c6435723dc3409'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '499af229579240c98905a05bb3d6b808'
                        key: {
                            sys_ui_section: {
                                id: '6d4f18edcba04331a19f668be8c52e60'
                                key: {
                                    name: 'dmn_demand'
                                    caption: 'Demand'
                                    view: {
                                        id: '389af456384642529e2c0894c0ad5bd8'
                                        key: {
                                            name: 'x_itvc_value_benefits'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'x_itvc_value_planned_benefit'
                            position: '6'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '49db4a92733e4262b52eb32561cac37e'
                        key: {
                            name: 'x_itvc_value_benefit'
                            element: 'variance'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '49ead16e73b94d668f1a572e99a4919f'
                        key: {
                            document_key: '15c463b4773147f1b461aa82b1947187'
                            variable: '6aad5a575360220002c6435723dc34b0'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '4a2e87e6622e4ae387d26bf17ca7f3fa'
                        key: {
                            document_key: '80bafd5a249c46f1a4b66ce14df5ece2'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '4accfccf4bec4c74ab1e55eca60ed967'
                        key: {
                            name: 'x_itvc_value_metric'
                            element: 'NULL'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '4b2d2d68793f4ef29d0e144d0e587c0e'
                        key: {
                            list_id: {
                                id: 'ee0a3fd2cd144eb28a491037319b7614'
                                key: {
                                    name: 'x_itvc_value_benefit'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'realised_total'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '4b4d43db77ad48ac9796fe8c92644a5a'
                        key: {
                            document_key: '56e3bc929ad64fa992d2595b65e97956'
                            variable: '6f69fc4aff6433008d3f5d9ad53bf18c'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '4b58b791841f416eb16e7764cd22f828'
                        key: {
                            document_key: 'b00b6b8bcc6e4f2bb87796dae5d4e577'
                            variable: '6aad5a575360220002c6435723dc34b0'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '4bbdc4fd0ede46439c0070aa77987a40'
                        key: {
                            document_key: '7f2d91ea10234a449cc7463fd3197d0d'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '4bcbbfe2758a497a8a4a878eecbf699a'
                        key: {
                            name: 'x_itvc_value_service_profile'
                            element: 'criticality'
                            value: '4'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '4bd1b59a2417439ea306fae7cfdb761f'
                        key: {
                            name: 'x_itvc_value_scorecard_entry'
                            element: 'status'
                            value: 'no_target'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_form_section'
                        id: '4c016d2992a54c14b8402125071c1e41'
                        key: {
                            sys_ui_form: {
                                id: 'b6f4cf070c83435ba9a560f99d52f947'
                                key: {
                                    name: 'dmn_demand'
                                    view: {
                                        id: '5cac41bdd22941ae8b87d2fc4c11aaa2'
                                        key: {
                                            name: 'x_itvc_value_scoring'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            sys_ui_section: {
                                id: '6306cb30e19f4477b9ca66b6693a552e'
                                key: {
                                    name: 'dmn_demand'
                                    caption: 'Value scoring'
                                    view: {
                                        id: '5cac41bdd22941ae8b87d2fc4c11aaa2'
                                        key: {
                                            name: 'x_itvc_value_scoring'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '4c3014d01c37434badab5f26d96d1010'
                        key: {
                            field: 'record_id'
                            table: 'var__m_atf_input_variable_17a72288df60220062fe6c7a4df26397'
                            id: '5a16b4b771ab42f797f22a7a5c3f8099'
                        }
                    },
                    {
                        table: 'sys_ws_query_parameter_map'
                        id: '4c48ffc35a5b40eebf49c41e956ac983'
                        key: {
                            web_service_operation: '7190e675464c4f4c83af2496f990f60d'
                            web_service_query_parameter: 'e0c5dcf377ba488688f6b91e38bf4062'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '4c9d1c089da948b59304b497d02a8416'
                        key: {
                            document_key: 'a0695f10981e4779a44ab0feb67ac527'
                            variable: '020a6af09fd32200ef4afa7dc67fcfec'
                        }
                    },
                    {
                        table: 'sys_index'
                        id: '4cc817260d514f5d99e574a292200e0e'
                        key: {
                            logical_table_name: 'x_itvc_value_scorecard_entry'
                            col_name_string: 'scorecard,metric'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '4cd93fd68a1349228250b07383180055'
                        key: {
                            name: 'x_itvc_value_rollup_run'
                            element: 'resume_point'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '4d0e293e33f74015ba9e61d60b848b3a'
                        key: {
                            name: 'x_itvc_value_scorecard_entry'
                            element: 'previous_value'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '4d4d176d0be644d38fec0a7f1dd4a23f'
                        key: {
                            document_key: '26c06484e26745ed8b41815f9a4c2d53'
                            variable: 'ff6e125353a0220002c6435723dc3442'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '4d5ae935ea9040729bd48b5e4bd9bc01'
                        key: {
                            document_key: '07495c43c7d54638a765d695d8c026b8'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '4d5e59c8c4064c06b4d62e0c3c62cb57'
                        key: {
                            name: 'x_itvc_value_scorecard_entry'
                            element: 'status'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '4d6c36d2eb6748ddb94d30551aebf0bc'
                        key: {
                            name: 'pm_project'
                            element: 'x_itvc_value_value_health'
                            value: 'on_track'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '4d72a0ae22e44fed8963b68ecadd7bc0'
                        key: {
                            document_key: 'c93ed50a531842c188795319ba8a86c9'
                            variable: '52ed1e5b5360220002c6435723dc3421'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '4d80628c03cf4188ac01c353bab5aa92'
                        key: {
                            list_id: {
                                id: 'ee0a3fd2cd144eb28a491037319b7614'
                                key: {
                                    name: 'x_itvc_value_benefit'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'end_date'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '4db1db73212b4ed0bef0959412e290ee'
                        key: {
                            document_key: 'eb21128333ab4589b7a15643b86b7681'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '4dc80b08358e413d91203bb7a0d2bc9c'
                        key: {
                            name: 'incident'
                            element: 'x_itvc_value_direct_cost'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '4dcaec98cc8a4cbeb5307102673c0525'
                        key: {
                            document_key: 'a469dba1866e47f5a84daad084bbceb4'
                            variable: '98c44875ffa033008d3f5d9ad53bf1fa'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '4e00014b90304ff29937f49fe45268f0'
                        key: {
                            name: 'x_itvc_value_score_history'
                            element: 'changed_at'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '4e55381070144731a0a46a8562bcf0d5'
                        key: {
                            sys_security_acl: '3c25d406c89d4c1c87974982f7de4887'
                            sys_user_role: {
                                id: '3568fa2374ea4f389ffe9249ae3b4401'
                                key: {
                                    name: 'x_itvc_value.assessor'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '4e5e591247f94847a858a425e7eeea1a'
                        key: {
                            name: 'incident'
                            element: 'x_itvc_value_outage_minutes'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '4e60e8c7c71c4242ab216873c75fccb6'
                        key: {
                            list_id: {
                                id: 'ee0a3fd2cd144eb28a491037319b7614'
                                key: {
                                    name: 'x_itvc_value_benefit'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'planned_total'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '4e843bfefeae424fa1c11a15f5187e62'
                        key: {
                            name: 'x_itvc_value_scoring_model'
                            element: 'rerank_pending'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '4ed0a7c47f7d4ea191573663e6f650ae'
                        key: {
                            name: 'x_itvc_value_benefit'
                            element: 'NULL'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '4eecb2f088cb4fa39d7b2557d946f613'
                        key: {
                            name: 'x_itvc_value_criterion'
                            element: 'max_value'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '4f1de524994d4be89fbebc5dafb97423'
                        key: {
                            sys_security_acl: 'c604257672ae4163a531d0579e57bfd6'
                            sys_user_role: {
                                id: 'a2aa8ad8974d462e8ed9fb568e6ae905'
                                key: {
                                    name: 'x_itvc_value.viewer'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: '4f36cd67ee7f4e0aa985994bd56ec268'
                        key: {
                            name: 'x_itvc_value_scorecard_entry'
                            element: 'trend'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '4f5f786fd20f4f7aaed41db84d251701'
                        key: {
                            document_key: '9a9f172ca92f4f9ca9121080d1a72b95'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '4f77cb94d018401590182bfab3143307'
                        key: {
                            document_key: '470c3d37791c4b1386ecfc4f3412a455'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '4f8a5ff6847c45dea6015298140e49ef'
                        key: {
                            sys_security_acl: 'e5a16df003c74fce897535b526531a1b'
                            sys_user_role: {
                                id: 'a2aa8ad8974d462e8ed9fb568e6ae905'
                                key: {
                                    name: 'x_itvc_value.viewer'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '4f9e80c25c1a4b65911007e3e0aed86b'
                        deleted: true
                        key: {
                            name: 'x_itvc_value_scorecard'
                            element: 'period_start'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '4ffea1647c8a4bbc85c67e145f76bb5a'
                        key: {
                            name: 'dmn_demand'
                            element: 'x_itvc_value_breakdown_text'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '500f9875c83146189d9577a584ae1cd8'
                        key: {
                            list_id: {
                                id: 'c066ac69b13a4c4997020885b22c6bda'
                                key: {
                                    name: 'x_itvc_value_benefit_period'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'x_itvc_value_benefit'
                                }
                            }
                            element: 'period_label'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '501dfd3046a74c64bdf446c224178463'
                        key: {
                            name: 'x_itvc_value_benefit'
                            element: 'type'
                            value: 'customer_satisfaction'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '504f0a13b5c344328d158235aac78059'
                        key: {
                            sys_ui_section: {
                                id: '6d4f18edcba04331a19f668be8c52e60'
                                key: {
                                    name: 'dmn_demand'
                                    caption: 'Demand'
                                    view: {
                                        id: '389af456384642529e2c0894c0ad5bd8'
                                        key: {
                                            name: 'x_itvc_value_benefits'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.split'
                            position: '4'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '5067511a48b041dcaa7685ae28277d4a'
                        key: {
                            name: 'x_itvc_value_rating'
                            element: 'assessor'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '5121d5041ac247189f7b3b12d93eceea'
                        key: {
                            document_key: '9fab2caf84d643d49cf984a003fc319e'
                            variable: '46dbcb535320220002c6435723dc3409'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '514b7c6c576449ea8c91d50cb9fa9777'
                        key: {
                            document_key: 'b00b6b8bcc6e4f2bb87796dae5d4e577'
                            variable: 'ff6e125353a0220002c6435723dc3442'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '51909a002c874173b44971f7e3817e93'
                        key: {
                            name: 'dmn_demand'
                            element: 'x_itvc_value_lead_time_days'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '519b2055037747b69e42751d35635de9'
                        key: {
                            sys_ui_section: {
                                id: '367e5522e6ec428d8e465c3a7287de2d'
                                key: {
                                    name: 'x_itvc_value_benefit'
                                    caption: 'Plan and realisation'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'realised_total'
                            position: '7'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '51eafbdef6334aa8b0be4862a0c55923'
                        key: {
                            document_key: 'fce87fa55b9945e3a55d2f87e29af3f6'
                            variable: '1778a7480f20101091d0f00c97767e03'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '520ccbdc20b84b61898571e02893059a'
                        key: {
                            field: 'record_id'
                            table: 'var__m_atf_input_variable_17a72288df60220062fe6c7a4df26397'
                            id: '6df29ceec10c4e1ab5af5d9339de74c7'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '524a505613ed4bcf8c746c37ea6a3c74'
                        key: {
                            name: 'pm_project'
                            element: 'x_itvc_value_planned_benefit'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '526d6da668f044a390d18143f26bc7c6'
                        key: {
                            document_key: 'ccb301a96bd64c75b21277dd8477a0e3'
                            variable: '334b7bb7675003007ba405225685ef72'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '52a11fcce09643199a6e1de8903d3dd4'
                        key: {
                            document_key: '61b727966f4142828b6c737349050a39'
                            variable: '52ed1e5b5360220002c6435723dc3421'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '52bfcb52285d44f997ee59ba815b78f2'
                        key: {
                            sys_ui_section: {
                                id: '367e5522e6ec428d8e465c3a7287de2d'
                                key: {
                                    name: 'x_itvc_value_benefit'
                                    caption: 'Plan and realisation'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'variance'
                            position: '9'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '52e60ec4645c4f8ca37e2e8f229e2145'
                        key: {
                            document_key: 'aaddf7ccecee4d3183bc5694cb192f1f'
                            variable: '46dbcb535320220002c6435723dc3409'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '5305beba22e543d9aa826637ed34496f'
                        key: {
                            name: 'x_itvc_value_benefit'
                            element: 'state'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '5322093ca6d64b2a8bb88e5ca094e8e4'
                        key: {
                            document_key: 'e7ce0c1340b6404eb9712cf822e42f0c'
                            variable: 'cbddfa135320220002c6435723dc3415'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '534d59797346456b89f072e3fe7fea56'
                        key: {
                            name: 'dmn_demand'
                            element: 'x_itvc_value_score_status'
                            value: 'partial'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_db_object'
                        id: '539572b69d8c4b8bb70fc9c1b1bf03ce'
                        key: {
                            name: 'x_itvc_value_rollup_run'
                        }
                    },
                    {
                        table: 'sys_ws_query_parameter_map'
                        id: '539faa1eb94642868eec942f153efe0b'
                        key: {
                            web_service_operation: '8d88507efc7a4408a50f730a27c0bb57'
                            web_service_query_parameter: '71a0cfd0d448441c82c03f39190b78e9'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '540309add48944db9a7cb013469a3d2d'
                        key: {
                            document_key: '18dfb66f5d2140e1821202a7ca9bd628'
                            variable: 'b27b2b29ff6033008d3f5d9ad53bf164'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '546bc6d2a2614a77bb96fb050c9f5bce'
                        key: {
                            document_key: 'da870b1a6cc7498e8bd19d2c9e15ffe2'
                            variable: '501c8f535320220002c6435723dc34da'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '55189a8389ad4b93b9b558d0c71a4112'
                        key: {
                            name: 'x_itvc_value_score_history'
                            element: 'reason'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '55267b22ffd84a8f93b91e6b920f4d0c'
                        key: {
                            name: 'x_itvc_value_metric'
                            element: 'order'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '5530fa5297b34ecc96ce65d2262a2342'
                        key: {
                            sys_ui_section: {
                                id: '21c7e06345ed43c29daafaae8d426dec'
                                key: {
                                    name: 'incident'
                                    caption: 'Business value'
                                    view: {
                                        id: '48443e5bd1444433a7bd843e82f2588f'
                                        key: {
                                            name: 'x_itvc_value_business_value'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.begin_split'
                            position: '0'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '554831da296b443092c7d2c1dc4dac5c'
                        key: {
                            name: 'x_itvc_value_benefit'
                            element: 'short_description'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '555514f9eb2e4720b853c1515ab0ded0'
                        key: {
                            name: 'x_itvc_value_service_profile'
                            element: 'hourly_labour_cost'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '5556daf6bfa144f99d5d223574297136'
                        key: {
                            document_key: 'c87f84c303ac44a4a62306f832b33462'
                            variable: '98c44875ffa033008d3f5d9ad53bf1fa'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '558e6b1647204f2ab0dd3c3ec0c4f1e3'
                        key: {
                            sys_ui_section: {
                                id: '21c7e06345ed43c29daafaae8d426dec'
                                key: {
                                    name: 'incident'
                                    caption: 'Business value'
                                    view: {
                                        id: '48443e5bd1444433a7bd843e82f2588f'
                                        key: {
                                            name: 'x_itvc_value_business_value'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'x_itvc_value_users_affected'
                            position: '4'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '55a401d86bd045c485ae8b146f9e628f'
                        key: {
                            name: 'x_itvc_value_benefit'
                            element: 'perspective'
                            value: 'financial'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '55a7e703ef48489387bf709404e2c18a'
                        key: {
                            document_key: 'e5ca0652100247918794c8e4c60c71f6'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '55ae127e065f44169b51cf0299e23b8b'
                        key: {
                            name: 'incident'
                            element: 'x_itvc_value_impact_score'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '55cf018c56384483894aa26292ed14a5'
                        key: {
                            list_id: {
                                id: '9d9cb893a72d428ab71442c5ed6935b8'
                                key: {
                                    name: 'x_itvc_value_benefit_period'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'period_label'
                        }
                    },
                    {
                        table: 'sys_db_object'
                        id: '5615c4f1571c489fb3a9ae4eb17f6df8'
                        key: {
                            name: 'pm_project'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '564ed121954945f0a6fb498f3a9f4a39'
                        key: {
                            document_key: 'ad90e1978b4046fe8a23a2f2e4be24d3'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '5671163aad244fd0a38035ad5858c1e9'
                        key: {
                            name: 'x_itvc_value_benefit'
                            element: 'granularity'
                            value: 'month'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '56717448a7274ee5aa3ea881688d86cd'
                        key: {
                            list_id: {
                                id: '0a495452caf746c587a9cb97b802e660'
                                key: {
                                    name: 'x_itvc_value_service_profile'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'active'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '569b95e506354684b3ce323cbfa56e60'
                        key: {
                            list_id: {
                                id: '64b793d3105d4105b2d581d8d4bbbae5'
                                key: {
                                    name: 'x_itvc_value_score_history'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'new_ranking_value'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '56ba325a6bff46fc8e75fc31ad9946a1'
                        key: {
                            sys_security_acl: 'f2147949d1f54264be6a9cd2a394429f'
                            sys_user_role: {
                                id: 'baf4f21a060f4c3aa3cfefbec6ac3ed3'
                                key: {
                                    name: 'x_itvc_value.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'ua_table_licensing_config'
                        id: '56c67535d0d74fc49b8024e20c4f3fcb'
                        key: {
                            name: 'x_itvc_value_score_history'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '56d94d9d33604fab9188b49647f5fb78'
                        key: {
                            document_key: '2967a540e4074ca08b35fc2db91af0f3'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '56ee01a8323f448cb8b0a5248efec404'
                        key: {
                            name: 'pm_project'
                            element: 'x_itvc_value_value_health'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '56ef1ee6a8234ec7849cec61bc3c8916'
                        key: {
                            name: 'x_itvc_value_metric'
                            element: 'amber_tolerance'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '56f028d9135047eba403b3cde3efb886'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_14872288df60220062fe6c7a4df26319'
                            id: 'ad90e1978b4046fe8a23a2f2e4be24d3'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '57278354d6374fc6beca1059a171035f'
                        key: {
                            list_id: {
                                id: '2d6ca7b42bc54bea8f576b024501bd3d'
                                key: {
                                    name: 'x_itvc_value_rollup_run'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'started'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '5795a4d56d634c1fab3a35c4e0a6d120'
                        key: {
                            sys_ui_section: {
                                id: '3b2522f45c0d4c52b1d1e35ec6e7a821'
                                key: {
                                    name: 'x_itvc_value_scoring_model'
                                    caption: 'Scoring model'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'description'
                            position: '9'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '57e1d4f078e54f02a856f983edc7fe39'
                        key: {
                            sys_ui_section: {
                                id: '367e5522e6ec428d8e465c3a7287de2d'
                                key: {
                                    name: 'x_itvc_value_benefit'
                                    caption: 'Plan and realisation'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'start_date'
                            position: '1'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '57ed06c0b2334669869a14b4a63306d4'
                        key: {
                            document_key: 'ad7a82c90e384fcbb40dba0d1c92f23f'
                            variable: '53fb0f535320220002c6435723dc34ec'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '5838b55d9bfc4932a8cb82646260d41f'
                        key: {
                            name: 'x_itvc_value_criterion'
                            element: 'name'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '583c04d57ade4cd3895522862451a1cb'
                        key: {
                            sys_ui_section: {
                                id: 'cb15a9b8ca6f48f9835119fda22a84b8'
                                key: {
                                    name: 'x_itvc_value_benefit'
                                    caption: 'Benefit'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.split'
                            position: '6'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '58ba7e2c214e4d6ba7d37a14511ef569'
                        key: {
                            document_key: 'f4bc48d8697e4d5da293977669def38b'
                            variable: '67400008676003007ba405225685efa4'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '58bd79ccd94543719e3fd37d1d89fc12'
                        key: {
                            sys_ui_section: {
                                id: '21c7e06345ed43c29daafaae8d426dec'
                                key: {
                                    name: 'incident'
                                    caption: 'Business value'
                                    view: {
                                        id: '48443e5bd1444433a7bd843e82f2588f'
                                        key: {
                                            name: 'x_itvc_value_business_value'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'x_itvc_value_outage_minutes'
                            position: '6'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '5921a094858c4811a1cd4984f4f5b5e9'
                        key: {
                            document_key: '29662a19fdef46118dc7939fd0fb1ed0'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '596fe41bb34e48d2a3606b919fbc99d5'
                        key: {
                            list_id: {
                                id: '64b793d3105d4105b2d581d8d4bbbae5'
                                key: {
                                    name: 'x_itvc_value_score_history'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'model'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '59b444c84b664b37a52d496b04c1f41c'
                        key: {
                            name: 'x_itvc_value_rollup_run'
                            element: 'periods'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '59ba79b21a8a4c6bb49b47f671419604'
                        key: {
                            name: 'x_itvc_value_scoring_model'
                            element: 'description'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '59ce2cf1b8414a1ca94ba65114694c48'
                        deleted: true
                        key: {
                            name: 'x_itvc_value_scorecard'
                            element: 'period_type'
                            value: 'month'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '59d69242ef47471a8051cf332ac28aea'
                        key: {
                            list_id: {
                                id: 'f0d275a0ad654b8a88cebc6bdf82c457'
                                key: {
                                    name: 'incident'
                                    view: {
                                        id: '48443e5bd1444433a7bd843e82f2588f'
                                        key: {
                                            name: 'x_itvc_value_business_value'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'short_description'
                        }
                    },
                    {
                        table: 'ua_table_licensing_config'
                        id: '59ecc3c060d74febadf477322e382547'
                        key: {
                            name: 'x_itvc_value_rating'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '5a01424211064c62a7d96248b7070651'
                        key: {
                            sys_ui_section: {
                                id: '8aaf4fa8d5c7411d88974e3118457fff'
                                key: {
                                    name: 'pm_project'
                                    caption: 'Benefit value'
                                    view: {
                                        id: '389af456384642529e2c0894c0ad5bd8'
                                        key: {
                                            name: 'x_itvc_value_benefits'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.end_split'
                            position: '9'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '5a0c02c6baed45a69a8abbc6e02cedad'
                        key: {
                            name: 'x_itvc_value_benefit'
                            element: 'end_date'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '5a13dd66fcbe4b8fbe773269fd2f5630'
                        key: {
                            document_key: '5a16b4b771ab42f797f22a7a5c3f8099'
                            variable: '501c8f535320220002c6435723dc34da'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '5a17de862de44b7280302e5eb645519e'
                        key: {
                            name: 'x_itvc_value_scorecard_entry'
                            element: 'scorecard'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '5a226b8d4adb482b91fb42e8743c3350'
                        key: {
                            list_id: {
                                id: '9d9cb893a72d428ab71442c5ed6935b8'
                                key: {
                                    name: 'x_itvc_value_benefit_period'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'planned_functional'
                        }
                    },
                    {
                        table: 'sys_ui_list'
                        id: '5a7476404ee0477d8cf08d5f64cf78f7'
                        key: {
                            name: 'pm_project'
                            view: {
                                id: '389af456384642529e2c0894c0ad5bd8'
                                key: {
                                    name: 'x_itvc_value_benefits'
                                }
                            }
                            sys_domain: 'global'
                            element: 'NULL'
                            relationship: 'NULL'
                            parent: 'NULL'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '5a8237687b9747eca2fb951e0bc471c2'
                        key: {
                            name: 'x_itvc_value_benefit'
                            element: 'measure'
                            value: 'days'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '5a84ffdebc044d97980f27e61cee8374'
                        key: {
                            name: 'x_itvc_value_rollup_run'
                            element: 'started'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '5a85a4c1a5d744318154d0c99063a2a0'
                        key: {
                            document_key: '3f302a76194b4c9094c16990607eec6b'
                            variable: 'ff6e125353a0220002c6435723dc3442'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '5a9937f7992548b597b2b4531aed25a4'
                        key: {
                            sys_security_acl: 'e7bd6d5852db4c1cb659f7c205c9bd99'
                            sys_user_role: {
                                id: 'a2aa8ad8974d462e8ed9fb568e6ae905'
                                key: {
                                    name: 'x_itvc_value.viewer'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '5ad740f60cfe414495a1d0c10127bafb'
                        key: {
                            name: 'x_itvc_value_rollup_run'
                            element: 'finished'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '5b0c8f479df449cc88f7138b3b56e1a4'
                        key: {
                            list_id: {
                                id: '5a7476404ee0477d8cf08d5f64cf78f7'
                                key: {
                                    name: 'pm_project'
                                    view: {
                                        id: '389af456384642529e2c0894c0ad5bd8'
                                        key: {
                                            name: 'x_itvc_value_benefits'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'x_itvc_value_realised_benefit'
                        }
                    },
                    {
                        table: 'sys_ui_form_section'
                        id: '5b14f086593f484e9bbdfb1aa65b4063'
                        key: {
                            sys_ui_form: {
                                id: 'b6f4cf070c83435ba9a560f99d52f947'
                                key: {
                                    name: 'dmn_demand'
                                    view: {
                                        id: '5cac41bdd22941ae8b87d2fc4c11aaa2'
                                        key: {
                                            name: 'x_itvc_value_scoring'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            sys_ui_section: {
                                id: '634d2b00456b42848dde9b187f661412'
                                key: {
                                    name: 'dmn_demand'
                                    caption: 'Demand'
                                    view: {
                                        id: '5cac41bdd22941ae8b87d2fc4c11aaa2'
                                        key: {
                                            name: 'x_itvc_value_scoring'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '5b2cf730beac4a6d86fa42ce22a2c09c'
                        key: {
                            name: 'dmn_demand'
                            element: 'x_itvc_value_rank'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '5b4685611def4a358a3f0a74074651c3'
                        key: {
                            document_key: 'ec406eeb68c743fd8a4a6e63de7016d5'
                            variable: '501c8f535320220002c6435723dc34da'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '5b4cb769b6d44853abe5a683908d5d20'
                        key: {
                            document_key: '2bb9c72e30ed417faa06cbae12f4bf43'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '5b4d8ecbf9b240b7bab3529db576ce3d'
                        key: {
                            name: 'incident'
                            element: 'x_itvc_value_notes'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '5baf722debcc45d491e211b69957456e'
                        key: {
                            name: 'x_itvc_value_score_history'
                            element: 'reason'
                            value: 'override'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '5bd38dda06a943e09dc50056d1454b7a'
                        key: {
                            document_key: '25ea9184d72e47be99ec1bd0e996ba24'
                            variable: '9f5f67709f132200ef4afa7dc67fcf94'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '5befeef9cb984900a180bc47357eefa3'
                        key: {
                            list_id: {
                                id: 'ee0a3fd2cd144eb28a491037319b7614'
                                key: {
                                    name: 'x_itvc_value_benefit'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'project'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '5c189127cbaa4cffafc17ad03525a20b'
                        key: {
                            sys_security_acl: 'e40acc4651c74c008df0251528b911e4'
                            sys_user_role: {
                                id: '6168292956ed41588199d96a0a354434'
                                key: {
                                    name: 'x_itvc_value.tagger'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '5c23eafca4254cb894038747a56627f3'
                        key: {
                            document_key: 'df72bcd0a6ba466e81eaa28dd6805359'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '5c636cfedd084ad7bfde9184d7a0e2f0'
                        key: {
                            sys_security_acl: '1f57b79f7bc94a09ab6e2e98b18591df'
                            sys_user_role: {
                                id: 'a2aa8ad8974d462e8ed9fb568e6ae905'
                                key: {
                                    name: 'x_itvc_value.viewer'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '5c6fc554ffa74b3296b94d6abeb75e15'
                        key: {
                            sys_ui_section: {
                                id: '367e5522e6ec428d8e465c3a7287de2d'
                                key: {
                                    name: 'x_itvc_value_benefit'
                                    caption: 'Plan and realisation'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'end_date'
                            position: '2'
                        }
                    },
                    {
                        table: 'sys_ui_view'
                        id: '5cac41bdd22941ae8b87d2fc4c11aaa2'
                        key: {
                            name: 'x_itvc_value_scoring'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '5cc22e79c9b847beb4fec725ee8870ad'
                        key: {
                            document_key: '4c40b97465254f12a6f24763ec66873f'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '5cccebba9f48457f968e605f8b3537e0'
                        key: {
                            sys_security_acl: '1fedc3bd2c95412e98c33cf2a99feac3'
                            sys_user_role: {
                                id: 'a2aa8ad8974d462e8ed9fb568e6ae905'
                                key: {
                                    name: 'x_itvc_value.viewer'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '5cd1f12769d44f96bb6ddb50a53c017b'
                        key: {
                            document_key: '0de51c95cf114c5eaab340ba24116e34'
                            variable: 'ff6e125353a0220002c6435723dc3442'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '5cd58176b708460a9653f7cc6c6aa165'
                        key: {
                            document_key: 'aca4dd38831d43e5ae93abab5d7a5162'
                            variable: 'ff6e125353a0220002c6435723dc3442'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '5d22c9fe2a914698bc39e7918a170189'
                        key: {
                            sys_security_acl: '02f9ad8698834079993251d045a812ea'
                            sys_user_role: {
                                id: 'baf4f21a060f4c3aa3cfefbec6ac3ed3'
                                key: {
                                    name: 'x_itvc_value.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '5d29e8bc4c244632ad38754e56a41c21'
                        key: {
                            document_key: 'abed87cb375b4cb3800095e4f6f283f6'
                            variable: '1778a7480f20101091d0f00c97767e03'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '5d5510e31e024164a39fceaa2cb7866f'
                        key: {
                            name: 'x_itvc_value_snapshot'
                            element: 'computed_at'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '5df4924a6c154f759e69012f5d8684db'
                        key: {
                            document_key: '4e6d9011485e4a6aac0a980c14aca1d1'
                            variable: '6aad5a575360220002c6435723dc34b0'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '5dfb25cbb11941f1928feb8479a08a65'
                        key: {
                            list_id: {
                                id: '6089b449a8974124ba1b92e41ac9b249'
                                key: {
                                    name: 'x_itvc_value_metric'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'key'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '5e1c31aeee3a47e4b118e5f9e901798b'
                        key: {
                            sys_ui_section: {
                                id: '6306cb30e19f4477b9ca66b6693a552e'
                                key: {
                                    name: 'dmn_demand'
                                    caption: 'Value scoring'
                                    view: {
                                        id: '5cac41bdd22941ae8b87d2fc4c11aaa2'
                                        key: {
                                            name: 'x_itvc_value_scoring'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'x_itvc_value_rice'
                            position: '9'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '5e3e3abd927045ada9225a5d94156f67'
                        key: {
                            name: 'x_itvc_value_service_profile'
                            element: 'hourly_labour_cost'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '5e8369e8d47b4ee3a93ebcdb7566de36'
                        deleted: true
                        key: {
                            name: 'x_itvc_value_scorecard'
                            element: 'dimension'
                            value: 'business_service'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '5ea19c68416e453bb08c196e8ee152bb'
                        key: {
                            document_key: '3cee86da325743948a7ae182f79c363e'
                            variable: '46dbcb535320220002c6435723dc3409'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '5ed0685d41d84c3994637e5ea25304cc'
                        key: {
                            name: 'x_itvc_value_snapshot'
                            element: 'period_type'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '5f18041689b34d0dbb470402c119ad50'
                        key: {
                            sys_security_acl: '34ff652384174b7a9fa8bcde738f7b17'
                            sys_user_role: {
                                id: 'baf4f21a060f4c3aa3cfefbec6ac3ed3'
                                key: {
                                    name: 'x_itvc_value.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '5fb047a17d514ec483e8016f3fa75b1d'
                        key: {
                            name: 'x_itvc_value_benefit'
                            element: 'type'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '5fc0bbb575dc4895834f456de6f0b475'
                        key: {
                            sys_security_acl: '1ffa4cb1c3824d1da1d3c6f5486e8a7a'
                            sys_user_role: {
                                id: 'a2aa8ad8974d462e8ed9fb568e6ae905'
                                key: {
                                    name: 'x_itvc_value.viewer'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: '601979a7771b4dd39c54fde492f02000'
                        key: {
                            name: 'x_itvc_value_snapshot'
                            element: 'period_type'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '6037ca11e536487fa720924ec06a945b'
                        key: {
                            sys_security_acl: 'bdad0b465021474693c7059cb2eef5ec'
                            sys_user_role: {
                                id: 'baf4f21a060f4c3aa3cfefbec6ac3ed3'
                                key: {
                                    name: 'x_itvc_value.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '604208268cdc4c548fa04c06c678eec1'
                        key: {
                            list_id: {
                                id: '2d6ca7b42bc54bea8f576b024501bd3d'
                                key: {
                                    name: 'x_itvc_value_rollup_run'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'queries'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '604fa3bd2c064bdab6ba967bd125a779'
                        key: {
                            sys_security_acl: '18d6db0c76ec406c8d0d34c0aaf661f6'
                            sys_user_role: {
                                id: 'a2aa8ad8974d462e8ed9fb568e6ae905'
                                key: {
                                    name: 'x_itvc_value.viewer'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '6051501b9fc84206b2320f7a478a0f84'
                        key: {
                            document_key: '6df29ceec10c4e1ab5af5d9339de74c7'
                            variable: '501c8f535320220002c6435723dc34da'
                        }
                    },
                    {
                        table: 'sys_ui_list'
                        id: '6089b449a8974124ba1b92e41ac9b249'
                        key: {
                            name: 'x_itvc_value_metric'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                            element: 'NULL'
                            relationship: 'NULL'
                            parent: 'NULL'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '612861ccb68f4c54beef370370f3ccee'
                        key: {
                            sys_security_acl: '478caab997e74aa2a6c07011639c1b2e'
                            sys_user_role: {
                                id: 'a2aa8ad8974d462e8ed9fb568e6ae905'
                                key: {
                                    name: 'x_itvc_value.viewer'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '61477ef4c2334e83ac8be0b4578e3136'
                        key: {
                            sys_security_acl: '4101ef88793147e5a602f3e09ea48e26'
                            sys_user_role: {
                                id: 'a954aaa3fd00490382a60874806809be'
                                key: {
                                    name: 'x_itvc_value.demand_manager'
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
                        table: 'sys_security_acl_role'
                        id: '61ae6cb71ff14ba387bf5746d678a8d6'
                        key: {
                            sys_security_acl: 'a333b42b556c40aaa35eafeebf15e02b'
                            sys_user_role: {
                                id: 'baf4f21a060f4c3aa3cfefbec6ac3ed3'
                                key: {
                                    name: 'x_itvc_value.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '61b8bae861b54019938050e3aca212fe'
                        key: {
                            document_key: '76a61484c5eb486388ccc20db306e43e'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '61d112591c5f433a9e4579fbe062533f'
                        key: {
                            sys_security_acl: '39d8d5dc565f47dc8517f1bfe48677bd'
                            sys_user_role: {
                                id: '1037a6ecc11e4258b04354973aec8f73'
                                key: {
                                    name: 'x_itvc_value.portfolio_owner'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '61de149d4f8a440a81ac1e6a98d6ad4f'
                        key: {
                            document_key: 'ec0c123b72414f58abdefdf6d3e752e1'
                            variable: '334b7bb7675003007ba405225685ef72'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '6267181c68164b97ba9d743a81d460ac'
                        key: {
                            name: 'x_itvc_value_benefit'
                            element: 'state'
                            value: 'draft'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '6293adf142524c418d71caecaee08d28'
                        key: {
                            sys_ui_section: {
                                id: '8aaf4fa8d5c7411d88974e3118457fff'
                                key: {
                                    name: 'pm_project'
                                    caption: 'Benefit value'
                                    view: {
                                        id: '389af456384642529e2c0894c0ad5bd8'
                                        key: {
                                            name: 'x_itvc_value_benefits'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'x_itvc_value_realisation_pct'
                            position: '4'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '62b11c40b3784f4a9b2ca0fcab682672'
                        key: {
                            list_id: {
                                id: 'af65d2e9628a407e88f4f8dadaa400be'
                                key: {
                                    name: 'x_itvc_value_scorecard_entry'
                                    view: {
                                        id: 'c8d5ef79559249b78cca5d2f75277b00'
                                        key: {
                                            name: 'x_itvc_value_scorecard_reds'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'scorecard.dimension'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '62bd54d8832a4ae78fb9ee1012218ec1'
                        key: {
                            document_key: 'c93ed50a531842c188795319ba8a86c9'
                            variable: 'ff6e125353a0220002c6435723dc3442'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '62d78368a9484cd6ae0a5c62b5225303'
                        key: {
                            name: 'incident'
                            element: 'x_itvc_value_notes'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '62e29d81a5f1424589f033f57113ec92'
                        key: {
                            document_key: 'b89199ccfcd84612a8743ef235d683d1'
                            variable: '02fb0027531000109e02ddeeff7b120b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '62f02c2a767f4e4db030d1618423ee9c'
                        key: {
                            document_key: 'a0695f10981e4779a44ab0feb67ac527'
                            variable: '50bff9250b3222000b7da95e93673a9b'
                        }
                    },
                    {
                        table: 'sys_ui_section'
                        id: '6306cb30e19f4477b9ca66b6693a552e'
                        key: {
                            name: 'dmn_demand'
                            caption: 'Value scoring'
                            view: {
                                id: '5cac41bdd22941ae8b87d2fc4c11aaa2'
                                key: {
                                    name: 'x_itvc_value_scoring'
                                }
                            }
                            sys_domain: 'global'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '632aea0bea0c4c29ab7c9808dbd53471'
                        key: {
                            document_key: 'aaddf7ccecee4d3183bc5694cb192f1f'
                            variable: 'bc4c43935320220002c6435723dc34a2'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '632c4ac119f741a3b1765865f3252475'
                        key: {
                            name: 'x_itvc_value_criterion'
                            element: 'formula_role'
                            value: 'impact'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '6332028588434cd487b28625619379da'
                        key: {
                            document_key: 'aa6b62878040435fb4764ae03557dc26'
                            variable: '501c8f535320220002c6435723dc34da'
                        }
                    },
                    {
                        table: 'sys_ui_section'
                        id: '634d2b00456b42848dde9b187f661412'
                        key: {
                            name: 'dmn_demand'
                            caption: 'Demand'
                            view: {
                                id: '5cac41bdd22941ae8b87d2fc4c11aaa2'
                                key: {
                                    name: 'x_itvc_value_scoring'
                                }
                            }
                            sys_domain: 'global'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '63a173bc2c0f44c5ba76db0dfa5ce226'
                        key: {
                            name: 'dmn_demand'
                            element: 'x_itvc_value_scored_at'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '63be6ce17e664a8f8ed78d977a73ae14'
                        key: {
                            name: 'dmn_demand'
                            element: 'x_itvc_value_value_category'
                            value: 'customer'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '63d0dc2117fe43108fa418a3739a41b9'
                        key: {
                            document_key: '9a9f172ca92f4f9ca9121080d1a72b95'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '63d691e460c84ed1b33bbf33e7905e10'
                        key: {
                            document_key: '81de930e15ff4058a06f5cc48993f43b'
                            variable: '53fb0f535320220002c6435723dc34ec'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '64038646c5444025a61f013eb807c9a8'
                        key: {
                            document_key: 'd783b9042d7247e1a8540144e2d9a38a'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '64048cdb0ec94a36aba4b926dcd9b324'
                        key: {
                            name: 'x_itvc_value_snapshot'
                            element: 'run'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '64508b91e62e4d91897a15e16e79f36f'
                        deleted: true
                        key: {
                            name: 'x_itvc_value_scorecard'
                            element: 'period_type'
                            value: 'year'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_db_object'
                        id: '6457ee9845aa48c4b7356eec4e32c77b'
                        key: {
                            name: 'x_itvc_value_benefit'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '648447ff1b4343978c423db1f6aa5302'
                        key: {
                            sys_security_acl: 'a2f5a912f78b4ca78821689462056fd1'
                            sys_user_role: {
                                id: 'baf4f21a060f4c3aa3cfefbec6ac3ed3'
                                key: {
                                    name: 'x_itvc_value.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_ui_list'
                        id: '64b793d3105d4105b2d581d8d4bbbae5'
                        key: {
                            name: 'x_itvc_value_score_history'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                            element: 'NULL'
                            relationship: 'NULL'
                            parent: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '64d82e0ae0af42188cb1fd9dd2307c4f'
                        key: {
                            document_key: '9abb4374f9a14a75b807463cbd2ac22a'
                            variable: '98c44875ffa033008d3f5d9ad53bf1fa'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '651626b76b7d4e18988c7a785e22557c'
                        key: {
                            document_key: 'f4bc48d8697e4d5da293977669def38b'
                            variable: '52ed1e5b5360220002c6435723dc3421'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '6552cf1d92734b1eae8ac4d30aed1835'
                        key: {
                            document_key: '98d855a0c30e4befa94fc324e90a5fa8'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: '6555dd754da0497bb858873d04020604'
                        key: {
                            name: 'x_itvc_value_criterion'
                            element: 'direction'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '658624ae2d2f4e09b80c168e24adc061'
                        key: {
                            sys_ui_section: {
                                id: 'cb15a9b8ca6f48f9835119fda22a84b8'
                                key: {
                                    name: 'x_itvc_value_benefit'
                                    caption: 'Benefit'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.end_split'
                            position: '12'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '6611c914273042269866248f95e8051c'
                        key: {
                            sys_ui_section: {
                                id: 'f7cc1878599a4d4eb62194e71f1bd11a'
                                key: {
                                    name: 'incident'
                                    caption: 'Incident'
                                    view: {
                                        id: '48443e5bd1444433a7bd843e82f2588f'
                                        key: {
                                            name: 'x_itvc_value_business_value'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'priority'
                            position: '6'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '66615fcc002b41adbf949ef2086f52c4'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_1f39a288df60220062fe6c7a4df2639d'
                            id: '689dcad21f5942e0933a0faf4a5801ae'
                        }
                    },
                    {
                        table: 'sys_ui_section'
                        id: '66650281922f4346a7d4724fed57c494'
                        key: {
                            name: 'pm_project'
                            caption: 'Project'
                            view: {
                                id: '389af456384642529e2c0894c0ad5bd8'
                                key: {
                                    name: 'x_itvc_value_benefits'
                                }
                            }
                            sys_domain: 'global'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '668202cad37940059fe2a5ed906d1bee'
                        key: {
                            name: 'x_itvc_value_benefit'
                            element: 'planned_to_date'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '66c17684ad50472088525dd7373448d7'
                        key: {
                            name: 'x_itvc_value_exchange_rate'
                            element: 'rate'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '675bafb1e2234fed82b52966ba6fbc68'
                        key: {
                            sys_ui_section: {
                                id: 'ad149286c23b400988777a2bfd98ed0d'
                                key: {
                                    name: 'x_itvc_value_service_profile'
                                    caption: 'Service value profile'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'service'
                            position: '1'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '675be56105d94424bf7f4a96f2d8e89d'
                        key: {
                            sys_security_acl: '2d3a1c1b3ac146ed93082c530926c534'
                            sys_user_role: {
                                id: 'baf4f21a060f4c3aa3cfefbec6ac3ed3'
                                key: {
                                    name: 'x_itvc_value.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '678835ac012d4d8abe0de868ebb8a52a'
                        key: {
                            document_key: '381ee67f281c47b5b009cedf044498c8'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '67a733b7f6e94c49868b83b4db1bdc84'
                        key: {
                            document_key: 'e08f6e6d8be342f1bf87aff8d5272d5f'
                            variable: 'ccae44d59f132200ef4afa7dc67fcf1e'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '67c7d0454cfb4e249fee64c527d7eced'
                        key: {
                            name: 'x_itvc_value_score_history'
                            element: 'model_version'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '67e2b3b641ec4142b0dd05e21a69daae'
                        key: {
                            document_key: '4c40b97465254f12a6f24763ec66873f'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '6810ec5a4a7e4dd1aefe75d692e482ae'
                        key: {
                            name: 'x_itvc_value_score_history'
                            element: 'new_score'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '688efc4fc38b4982b6b618f5a8d3224f'
                        key: {
                            sys_security_acl: '2c5a2b1c84f544f4a0663d0639c2644f'
                            sys_user_role: {
                                id: 'a2aa8ad8974d462e8ed9fb568e6ae905'
                                key: {
                                    name: 'x_itvc_value.viewer'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '68df35547cc542969a55964cd2aabba3'
                        key: {
                            name: 'x_itvc_value_benefit'
                            element: 'state'
                            value: 'cancelled'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_index'
                        id: '68e84fd3f2184cb0b28e5f4c7d566e3d'
                        key: {
                            logical_table_name: 'x_itvc_value_benefit'
                            col_name_string: 'demand'
                        }
                    },
                    {
                        table: 'par_dashboard_permission'
                        id: '68eff6de3a074030a6e65e9ec0d1a5a7'
                        key: {
                            dashboard: '367badf027bb4fef8e30842e5805c876'
                            user: 'NULL'
                            group: 'NULL'
                            role: {
                                id: '1037a6ecc11e4258b04354973aec8f73'
                                key: {
                                    name: 'x_itvc_value.portfolio_owner'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '68f6cc86a68744f9ba7cdd7c6cabdc3c'
                        key: {
                            document_key: 'df72bcd0a6ba466e81eaa28dd6805359'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'ua_table_licensing_config'
                        id: '6933cb617d0c440b8ebce2bfa3db0c38'
                        key: {
                            name: 'x_itvc_value_benefit'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '694e5e0885e648989fb44f90d1923149'
                        key: {
                            sys_security_acl: 'ff9db72f28b3472e8be20879114b0a08'
                            sys_user_role: {
                                id: 'baf4f21a060f4c3aa3cfefbec6ac3ed3'
                                key: {
                                    name: 'x_itvc_value.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '695f3ea5915e42bfa9f914080b2c4558'
                        key: {
                            name: 'x_itvc_value_scorecard_entry'
                            element: 'value'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '697bdc389f88414890be39421a737e35'
                        key: {
                            name: 'x_itvc_value_benefit_period'
                            element: 'measured_by'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '69809058663b442381ccc37c22df6e15'
                        key: {
                            document_key: 'afe8234a856643a09d3ef4cb707d7238'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '69a6a4b472c148eeb923ecb4590b00d8'
                        key: {
                            list_id: {
                                id: 'd8b91cf2a7d742d79ea608a09e7aac97'
                                key: {
                                    name: 'dmn_demand'
                                    view: {
                                        id: '5cac41bdd22941ae8b87d2fc4c11aaa2'
                                        key: {
                                            name: 'x_itvc_value_scoring'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'x_itvc_value_ranking_value'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '69cfd7610415485fb1cbe6d3c2ff5194'
                        key: {
                            field: 'record_id'
                            table: 'var__m_atf_input_variable_17a72288df60220062fe6c7a4df26397'
                            id: 'aaddf7ccecee4d3183bc5694cb192f1f'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '69d8d1a1ab14407792196eb3239779e9'
                        key: {
                            list_id: {
                                id: 'ed43090160bc47ed9fe1a89919cd8425'
                                key: {
                                    name: 'x_itvc_value_snapshot'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'dimension_label'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '69fd403df44349448aa91ef8c6f3d5ca'
                        key: {
                            document_key: '2178a7627a624cc5b3e17aa93fea1b97'
                            variable: '53fb0f535320220002c6435723dc34ec'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '6a8a8f59701643c39086561121c142a0'
                        key: {
                            list_id: {
                                id: '0f1d1197bf1a4b76b3787821ad504f28'
                                key: {
                                    name: 'x_itvc_value_rating'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'criterion'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '6a8c6376a013419cad048631cebab143'
                        key: {
                            list_id: {
                                id: '9d9cb893a72d428ab71442c5ed6935b8'
                                key: {
                                    name: 'x_itvc_value_benefit_period'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'planned_amount'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '6a8e9a7c56c84fd88c27331195259b49'
                        key: {
                            list_id: {
                                id: 'c066ac69b13a4c4997020885b22c6bda'
                                key: {
                                    name: 'x_itvc_value_benefit_period'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'x_itvc_value_benefit'
                                }
                            }
                            element: 'measured_by'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '6ace06ff05224ba5b0b2b7e142b9796b'
                        key: {
                            document_key: 'aca4dd38831d43e5ae93abab5d7a5162'
                            variable: '6aad5a575360220002c6435723dc34b0'
                        }
                    },
                    {
                        table: 'sys_ws_query_parameter_map'
                        id: '6ae57aeaf479450394bc7e4a8995a2f2'
                        key: {
                            web_service_operation: '130ba2032eb04eb08e64d824ffa5bb8f'
                            web_service_query_parameter: 'f9d05d8ce663430fb9c7e8711ac2cce8'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '6b4ef2464d5f40ca9ffd96c97359d384'
                        key: {
                            name: 'x_itvc_value_benefit'
                            element: 'perspective'
                            value: 'customer'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '6b7ed310b8a64a098b201351e9296e0b'
                        key: {
                            name: 'x_itvc_value_rollup_run'
                            element: 'requested_by'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '6bcfa13d402f45929e380fb42076b7ff'
                        key: {
                            sys_security_acl: '05e3bc49791c4a23921665ee0dd4f25c'
                            sys_user_role: {
                                id: '1037a6ecc11e4258b04354973aec8f73'
                                key: {
                                    name: 'x_itvc_value.portfolio_owner'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '6bd250828a3c4495911df933ec2c8aca'
                        key: {
                            name: 'x_itvc_value_rollup_run'
                            element: 'from_period'
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
                        table: 'sys_variable_value'
                        id: '6c0c9cd789884a3e95c25a65d00e9796'
                        key: {
                            document_key: '9fab2caf84d643d49cf984a003fc319e'
                            variable: '501c8f535320220002c6435723dc34da'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '6c147d82cb7e4c79ab2ef2fd4de8dd92'
                        key: {
                            list_id: {
                                id: 'd8b91cf2a7d742d79ea608a09e7aac97'
                                key: {
                                    name: 'dmn_demand'
                                    view: {
                                        id: '5cac41bdd22941ae8b87d2fc4c11aaa2'
                                        key: {
                                            name: 'x_itvc_value_scoring'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'x_itvc_value_rice'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '6c2a6cca832045c5bc659e7f22d7ee40'
                        key: {
                            sys_ui_section: {
                                id: '66650281922f4346a7d4724fed57c494'
                                key: {
                                    name: 'pm_project'
                                    caption: 'Project'
                                    view: {
                                        id: '389af456384642529e2c0894c0ad5bd8'
                                        key: {
                                            name: 'x_itvc_value_benefits'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.split'
                            position: '4'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '6c5b213af53c42c99e3f6fe0ecac2522'
                        key: {
                            sys_security_acl: 'ffe50787ada345e386e4b4dafde5852f'
                            sys_user_role: {
                                id: 'a2aa8ad8974d462e8ed9fb568e6ae905'
                                key: {
                                    name: 'x_itvc_value.viewer'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '6c9892e464484525a7d2f3809d878217'
                        key: {
                            document_key: 'da870b1a6cc7498e8bd19d2c9e15ffe2'
                            variable: '53fb0f535320220002c6435723dc34ec'
                        }
                    },
                    {
                        table: 'sys_ws_query_parameter_map'
                        id: '6cf8bc561c8543f5863b889a797e7f3d'
                        key: {
                            web_service_operation: '8d88507efc7a4408a50f730a27c0bb57'
                            web_service_query_parameter: 'a7633cc26e4c4c9881d44ed754d5cc99'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '6d3194f9bfee4c83979b2d29525f2ddf'
                        key: {
                            document_key: 'd783b9042d7247e1a8540144e2d9a38a'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_ui_section'
                        id: '6d4f18edcba04331a19f668be8c52e60'
                        key: {
                            name: 'dmn_demand'
                            caption: 'Demand'
                            view: {
                                id: '389af456384642529e2c0894c0ad5bd8'
                                key: {
                                    name: 'x_itvc_value_benefits'
                                }
                            }
                            sys_domain: 'global'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '6d702e9c424e4179b62ce60e94427a78'
                        key: {
                            name: 'x_itvc_value_criterion'
                            element: 'model'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '6d92557c0d174a269551c3e09ef62a44'
                        key: {
                            document_key: '5a16b4b771ab42f797f22a7a5c3f8099'
                            variable: 'bc4c43935320220002c6435723dc34a2'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '6de4916399ea40b29ad1ef413860fd58'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_14872288df60220062fe6c7a4df26319'
                            id: '07495c43c7d54638a765d695d8c026b8'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '6df96384d777455ead50e10450524ff4'
                        key: {
                            document_key: 'e5fdae1a33914deaa44222fd0de0aede'
                            variable: 'ff6e125353a0220002c6435723dc3442'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '6e0d30977a814310ba57b42a46379bc7'
                        key: {
                            document_key: '56e3bc929ad64fa992d2595b65e97956'
                            variable: '98c44875ffa033008d3f5d9ad53bf1fa'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '6e59fc57ed634fa1bfaf86f3696f96c5'
                        key: {
                            sys_security_acl: '6aa1cbf780d34f0d858a893c75b642be'
                            sys_user_role: {
                                id: 'a2aa8ad8974d462e8ed9fb568e6ae905'
                                key: {
                                    name: 'x_itvc_value.viewer'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '6e7f24cbe95c408ba02b6f6378ac5446'
                        key: {
                            sys_security_acl: '5b268414573248fda1637489b3713621'
                            sys_user_role: '2831a114c611228501d4ea6c309d626d'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '6ec1ed353ba74ab682bbc2d267418798'
                        key: {
                            sys_security_acl: '3c6cba53a6a24078aa115a3e079e9f58'
                            sys_user_role: {
                                id: 'a954aaa3fd00490382a60874806809be'
                                key: {
                                    name: 'x_itvc_value.demand_manager'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '6ed8fb3943f6437d9acf1cb46095072c'
                        key: {
                            document_key: '67dddc61834c40f2a90c4deda2d9715c'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '6ef34cd6d2e24fc3a2868fb26d65fa86'
                        key: {
                            name: 'x_itvc_value_service_profile'
                            element: 'active'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '6efec6e466784d289a5746af215fd641'
                        key: {
                            name: 'x_itvc_value_scoring_model'
                            element: 'method'
                            value: 'wsjf'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '6eff4f61c2634a7e81f488c7a0b93bda'
                        key: {
                            name: 'x_itvc_value_rollup_run'
                            element: 'queries'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '6f297aec5f3e41e8b0e25ab5b9460f37'
                        key: {
                            document_key: 'd09453b74cca4849861e8b629a365778'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '6f3ab7787c54421da8a12254ba820e80'
                        key: {
                            name: 'x_itvc_value_score_history'
                            element: 'new_ranking_value'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '6f430d621102483f95c73cdd9c8c77e3'
                        key: {
                            document_key: 'ad7a82c90e384fcbb40dba0d1c92f23f'
                            variable: '334b7bb7675003007ba405225685ef72'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '6f437e8e392441068aa6fb2ed3393bed'
                        deleted: true
                        key: {
                            name: 'x_itvc_value_scorecard'
                            element: 'dimension_key'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '6f8f208ff3034cfb89fad8d138e79cc1'
                        key: {
                            name: 'x_itvc_value_benefit'
                            element: 'category'
                            value: 'hard'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '6fadf6fc0e9d4786ade5d52898406a41'
                        key: {
                            sys_ui_section: {
                                id: '66650281922f4346a7d4724fed57c494'
                                key: {
                                    name: 'pm_project'
                                    caption: 'Project'
                                    view: {
                                        id: '389af456384642529e2c0894c0ad5bd8'
                                        key: {
                                            name: 'x_itvc_value_benefits'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'work_cost'
                            position: '7'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '6fbabf3bd55c4dde9b7003bc23201fad'
                        key: {
                            name: 'x_itvc_value_rollup_run'
                            element: 'number'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '6fd42a5d34dc464e8ee20c60fb9261af'
                        key: {
                            sys_ui_section: {
                                id: 'cb15a9b8ca6f48f9835119fda22a84b8'
                                key: {
                                    name: 'x_itvc_value_benefit'
                                    caption: 'Benefit'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'measure'
                            position: '10'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '70143ec13e7d4200a3d6d746ab0efe64'
                        key: {
                            name: 'dmn_demand'
                            element: 'x_itvc_value_override_reason'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '703d2068f33440ec899b885485ab8714'
                        key: {
                            document_key: '3f302a76194b4c9094c16990607eec6b'
                            variable: '52ed1e5b5360220002c6435723dc3421'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '7042a3d9e0fe46ca9ab1747440a0ab67'
                        key: {
                            document_key: 'c87f84c303ac44a4a62306f832b33462'
                            variable: '8c07aba5ff6033008d3f5d9ad53bf13b'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '7095d66f862147ac80232e66e140f59e'
                        key: {
                            list_id: {
                                id: '5a7476404ee0477d8cf08d5f64cf78f7'
                                key: {
                                    name: 'pm_project'
                                    view: {
                                        id: '389af456384642529e2c0894c0ad5bd8'
                                        key: {
                                            name: 'x_itvc_value_benefits'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'x_itvc_value_roi_pct'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '70adb074de63485994a2c4718ce88d18'
                        key: {
                            document_key: '381ee67f281c47b5b009cedf044498c8'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '70b12e9cc2a94e85b3e893e22dff3deb'
                        key: {
                            name: 'x_itvc_value_rollup_run'
                            element: 'state'
                            value: 'complete'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '70b23475dd404d0badcbf7f3b152d84f'
                        key: {
                            document_key: 'c190f21d83cf45f580b1d62c4fd7e71a'
                            variable: '53fb0f535320220002c6435723dc34ec'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '70b91a1d759a4a77987bb6681eaee571'
                        key: {
                            document_key: '7192b88e47d14f5f844bfc2168543e3e'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '70be8703077f4264bbc5abcda107796d'
                        key: {
                            document_key: '4ff517c084b248a4b6d5fea52c9d2f1b'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_db_object'
                        id: '70df5cc26b7a46678563441032576d55'
                        key: {
                            name: 'dmn_demand'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: '70eb250f679e49978ec47a114303cc0f'
                        key: {
                            name: 'x_itvc_value_scorecard_entry'
                            element: 'status'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '70ef46dd4a5f4ff9acdda3e403a47439'
                        key: {
                            name: 'x_itvc_value_rollup_run'
                            element: 'state'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '71052affb35a463890bef844231522d9'
                        deleted: true
                        key: {
                            name: 'x_itvc_value_scorecard'
                            element: 'dimension_key'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: '710af973503948c0ac87dd2086287628'
                        key: {
                            name: 'x_itvc_value_criterion'
                            element: 'formula_role'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '712521e7ae2a48d3b8124a64a23980aa'
                        key: {
                            document_key: 'd0b8d875b4a249da9efbeb520cec6213'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '713996a646a14f5d934e641729ac394f'
                        key: {
                            sys_security_acl: '22b84bf5a88941c88466128f6362c149'
                            sys_user_role: {
                                id: 'baf4f21a060f4c3aa3cfefbec6ac3ed3'
                                key: {
                                    name: 'x_itvc_value.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '7178c675b4bf446f8397768cab627cda'
                        key: {
                            list_id: {
                                id: '9d9cb893a72d428ab71442c5ed6935b8'
                                key: {
                                    name: 'x_itvc_value_benefit_period'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'realised_functional'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '71b7045b3cd246f788947418c04aeea2'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_14872288df60220062fe6c7a4df26319'
                            id: '7f2d91ea10234a449cc7463fd3197d0d'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '71b70da6ab7743558927742946b4215b'
                        key: {
                            document_key: 'c87f84c303ac44a4a62306f832b33462'
                            variable: 'ff06ab840f20101091d0f00c97767e6d'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '71dfa9f659d5433d8756d3edb800873c'
                        key: {
                            name: 'dmn_demand'
                            element: 'x_itvc_value_approved_at'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '720b3a1e4fbc40c38c680cb7c3b41680'
                        key: {
                            field: 'record_id'
                            table: 'var__m_atf_input_variable_1f39a288df60220062fe6c7a4df2639d'
                            id: '3f302a76194b4c9094c16990607eec6b'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '727ea39a8bb94e20a1aeb80bfaa84566'
                        key: {
                            sys_security_acl: 'e349e969834a4cfb93f376357f8d8179'
                            sys_user_role: {
                                id: 'a954aaa3fd00490382a60874806809be'
                                key: {
                                    name: 'x_itvc_value.demand_manager'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '72bf7437b77f4e039895e303c0a525d4'
                        key: {
                            document_key: '3f302a76194b4c9094c16990607eec6b'
                            variable: '6aad5a575360220002c6435723dc34b0'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '72c0c8474d7441b19faeb3f180712076'
                        key: {
                            name: 'x_itvc_value_benefit_period'
                            element: 'benefit'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '72e84dfbafe44ef78fae2e222ac66b4e'
                        key: {
                            name: 'x_itvc_value_benefit'
                            element: 'perspective'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '72f69e8cb1c44d88b85ae9a87cdb8e4b'
                        key: {
                            document_key: 'b68c8b9eda2545c29d0787fb1730c818'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '738c3574de3c45b297ffe5272d60ba1a'
                        key: {
                            sys_ui_section: {
                                id: '66650281922f4346a7d4724fed57c494'
                                key: {
                                    name: 'pm_project'
                                    caption: 'Project'
                                    view: {
                                        id: '389af456384642529e2c0894c0ad5bd8'
                                        key: {
                                            name: 'x_itvc_value_benefits'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.begin_split'
                            position: '0'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '739a3baf9c214cd2beb18d8c29ec47cf'
                        key: {
                            name: 'x_itvc_value_rollup_run'
                            element: 'kind'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '73a3edacf5104cf59042ae46da6e075d'
                        key: {
                            sys_security_acl: '29f7e63a1fde40e192813eb677d3e5e8'
                            sys_user_role: {
                                id: 'a954aaa3fd00490382a60874806809be'
                                key: {
                                    name: 'x_itvc_value.demand_manager'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '73d7321c6061498da6b91407e1a963f3'
                        key: {
                            sys_ui_section: {
                                id: '6306cb30e19f4477b9ca66b6693a552e'
                                key: {
                                    name: 'dmn_demand'
                                    caption: 'Value scoring'
                                    view: {
                                        id: '5cac41bdd22941ae8b87d2fc4c11aaa2'
                                        key: {
                                            name: 'x_itvc_value_scoring'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'x_itvc_value_override'
                            position: '12'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '73e56bca739c4599bd04328d47e7fd09'
                        key: {
                            list_id: {
                                id: 'e7dfe4e278604a5292bba0668cd9ff20'
                                key: {
                                    name: 'x_itvc_value_exchange_rate'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'sys_updated_on'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '74394d8c93e94d42af9a52cecfeac640'
                        key: {
                            document_key: 'c2cde1821af14882b75d25032dd815b1'
                            variable: '6aad5a575360220002c6435723dc34b0'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '746eadff45424b92b028d765685fd998'
                        key: {
                            document_key: '2967a540e4074ca08b35fc2db91af0f3'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '749be5a228424bba851354c34667c49e'
                        key: {
                            name: 'incident'
                            element: 'x_itvc_value_value_category'
                            value: 'productivity'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '749da06cf57a4e26ac33e1306c5dd5a5'
                        key: {
                            sys_security_acl: '63ae7043bfee41c6b6fd54bbb5ad0bfe'
                            sys_user_role: {
                                id: 'a2aa8ad8974d462e8ed9fb568e6ae905'
                                key: {
                                    name: 'x_itvc_value.viewer'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '74bae2e4e8134cabaf20c8131761eb20'
                        key: {
                            name: 'dmn_demand'
                            element: 'x_itvc_value_value_category'
                            value: 'cost'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '74c967f8d3294eeba706294e4a4744dd'
                        key: {
                            document_key: '9abb4374f9a14a75b807463cbd2ac22a'
                            variable: '6f69fc4aff6433008d3f5d9ad53bf18c'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '7510599f214e4bba9fc22eb4f1b4088a'
                        key: {
                            document_key: 'e08f6e6d8be342f1bf87aff8d5272d5f'
                            variable: 'f0eec4d59f132200ef4afa7dc67fcf6d'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '7535a5f0d01444bab657007d66fd2ff2'
                        key: {
                            document_key: '646b06159f524fc3b0daf320df45e3ad'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '75382edebea0486c875e170ff457256e'
                        key: {
                            sys_ui_section: {
                                id: '66650281922f4346a7d4724fed57c494'
                                key: {
                                    name: 'pm_project'
                                    caption: 'Project'
                                    view: {
                                        id: '389af456384642529e2c0894c0ad5bd8'
                                        key: {
                                            name: 'x_itvc_value_benefits'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'project_manager'
                            position: '3'
                        }
                    },
                    {
                        table: 'sys_db_object'
                        id: '753c2990bfb047f7a62336a7a6ad604a'
                        key: {
                            name: 'x_itvc_value_scoring_model'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '75545215305548b6a60eebed2494e898'
                        key: {
                            document_key: 'd783b9042d7247e1a8540144e2d9a38a'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '759623e9004341368b576e78dd3eda4c'
                        key: {
                            list_id: {
                                id: '5a7476404ee0477d8cf08d5f64cf78f7'
                                key: {
                                    name: 'pm_project'
                                    view: {
                                        id: '389af456384642529e2c0894c0ad5bd8'
                                        key: {
                                            name: 'x_itvc_value_benefits'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'x_itvc_value_planned_benefit'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '75ae01f567ea45d392dba8f97df66a6d'
                        key: {
                            document_key: '4decf7b62e624f94bc527dff72bf50bc'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '7608166c1c904991809fdc661abdd972'
                        key: {
                            name: 'x_itvc_value_rollup_run'
                            element: 'kind'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '7611c5e140f9406b878c720d48b44b73'
                        key: {
                            list_id: {
                                id: '5a7476404ee0477d8cf08d5f64cf78f7'
                                key: {
                                    name: 'pm_project'
                                    view: {
                                        id: '389af456384642529e2c0894c0ad5bd8'
                                        key: {
                                            name: 'x_itvc_value_benefits'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'x_itvc_value_realisation_pct'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '761d557eb67a43cf8df05c24e4e3ca39'
                        key: {
                            list_id: {
                                id: '9d9cb893a72d428ab71442c5ed6935b8'
                                key: {
                                    name: 'x_itvc_value_benefit_period'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'rate'
                        }
                    },
                    {
                        table: 'sys_ui_list'
                        id: '762288e3dd6f460c989d09e9d8761830'
                        deleted: true
                        key: {
                            name: 'x_itvc_value_scorecard'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                            element: 'NULL'
                            relationship: 'NULL'
                            parent: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '76eebc6ed457404da71268233e3ca03f'
                        key: {
                            document_key: 'bab49d95cc3a4925af2fc7600c9835f2'
                            variable: 'c7e483f3671003007ba405225685effb'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '77055c7182804385bb2859a4119e592d'
                        key: {
                            document_key: 'd783b9042d7247e1a8540144e2d9a38a'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '773e962ab2f9448cb156e70c661cf740'
                        key: {
                            name: 'x_itvc_value_score_history'
                            element: 'NULL'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '7741b38483534da0a07cbea26b6c5cd7'
                        key: {
                            name: 'x_itvc_value_benefit'
                            element: 'type'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '776de1fcfdfb4c94b823278c0edcf1bd'
                        key: {
                            name: 'x_itvc_value_benefit'
                            element: 'currency'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '77f2d6bf93dc4bdfaf3c61d2de1edf91'
                        key: {
                            sys_security_acl: 'b86eb2c46774477e96ac4550962c8ca2'
                            sys_user_role: {
                                id: 'a2aa8ad8974d462e8ed9fb568e6ae905'
                                key: {
                                    name: 'x_itvc_value.viewer'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '7804f86bfb2a4b7b8115327ac34a1ba0'
                        key: {
                            document_key: '89ed574775b84a858ebfac7afa5e2b36'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '7805ae7492e144be8bf6028466772c70'
                        key: {
                            name: 'x_itvc_value_metric'
                            element: 'unit'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '7813f74c9ffb486296e6ae14d62609b1'
                        key: {
                            sys_security_acl: 'bf827586fd854b3ba032c1a52c2fa83b'
                            sys_user_role: {
                                id: 'a2aa8ad8974d462e8ed9fb568e6ae905'
                                key: {
                                    name: 'x_itvc_value.viewer'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '787c4f5c25c542e79a3d496be99521a2'
                        key: {
                            name: 'x_itvc_value_benefit'
                            element: 'state'
                            value: 'at_risk'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '788cfc56715442fb91917cf4ee636873'
                        key: {
                            name: 'x_itvc_value_service_profile'
                            element: 'service'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '789e1896adc64701aa59bcb37905cd4f'
                        key: {
                            name: 'x_itvc_value_exchange_rate'
                            element: 'effective_date'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '78b987a119b748b88165059e8a3005ea'
                        key: {
                            document_key: '18dfb66f5d2140e1821202a7ca9bd628'
                            variable: '8c07aba5ff6033008d3f5d9ad53bf13b'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '78d807b426574f4ebb85f081e23ecca8'
                        key: {
                            name: 'x_itvc_value_score_history'
                            element: 'project'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '7907fa374f0141fa9920b5c17833362d'
                        key: {
                            list_id: {
                                id: 'af65d2e9628a407e88f4f8dadaa400be'
                                key: {
                                    name: 'x_itvc_value_scorecard_entry'
                                    view: {
                                        id: 'c8d5ef79559249b78cca5d2f75277b00'
                                        key: {
                                            name: 'x_itvc_value_scorecard_reds'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'scorecard.dimension_label'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '791b2857f1a5440b89c4c9fe104fc587'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_14872288df60220062fe6c7a4df26319'
                            id: '61ab40ca03864afba3d7a37839d3cd45'
                        }
                    },
                    {
                        table: 'ua_table_licensing_config'
                        id: '7923c58717ec4110b3911901bf6d1a61'
                        key: {
                            name: 'incident'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '792851966b144030bc4786ee7cff092c'
                        key: {
                            sys_security_acl: 'a66c7fefea944424b267aa0ab1440f70'
                            sys_user_role: {
                                id: 'a954aaa3fd00490382a60874806809be'
                                key: {
                                    name: 'x_itvc_value.demand_manager'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_ui_form_section'
                        id: '79af48c03f1246489e91e1c13444e1e3'
                        key: {
                            sys_ui_form: {
                                id: 'e2b986bb6b85492d8f6d54e4071f2678'
                                key: {
                                    name: 'dmn_demand'
                                    view: {
                                        id: '389af456384642529e2c0894c0ad5bd8'
                                        key: {
                                            name: 'x_itvc_value_benefits'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            sys_ui_section: {
                                id: '6d4f18edcba04331a19f668be8c52e60'
                                key: {
                                    name: 'dmn_demand'
                                    caption: 'Demand'
                                    view: {
                                        id: '389af456384642529e2c0894c0ad5bd8'
                                        key: {
                                            name: 'x_itvc_value_benefits'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '7a2b95e9b90e48c18715ac71050b430e'
                        key: {
                            sys_security_acl: '776e242b92584e04b120938ce771bbb5'
                            sys_user_role: {
                                id: 'baf4f21a060f4c3aa3cfefbec6ac3ed3'
                                key: {
                                    name: 'x_itvc_value.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '7a3aef46412545e9a39fdcd412874c68'
                        key: {
                            name: 'x_itvc_value_exchange_rate'
                            element: 'NULL'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '7a3e589cdeee4c299db546844af0da12'
                        deleted: true
                        key: {
                            name: 'x_itvc_value_scorecard'
                            element: 'period_type'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '7a64693b65af4f37af01753cfb92aec5'
                        key: {
                            document_key: '15c463b4773147f1b461aa82b1947187'
                            variable: '52ed1e5b5360220002c6435723dc3421'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '7a8825576b6548b88f254f50d6f1ee36'
                        key: {
                            name: 'incident'
                            element: 'x_itvc_value_revenue_at_risk'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '7a9898d3d3474542a38d50eb9d8a655c'
                        deleted: true
                        key: {
                            name: 'x_itvc_value_scorecard'
                            element: 'period_end'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '7ad0c6f1d43a409b874e90f022307d37'
                        key: {
                            sys_security_acl: 'c19ad3e627384469ba20f72ced97b4c4'
                            sys_user_role: {
                                id: 'baf4f21a060f4c3aa3cfefbec6ac3ed3'
                                key: {
                                    name: 'x_itvc_value.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '7ae21f3d655f480db3672ea801790bf0'
                        key: {
                            name: 'incident'
                            element: 'x_itvc_value_users_affected'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '7af5eaea1980465b9d311254e35d73be'
                        key: {
                            document_key: '01776e148c25449f87294776ce67389c'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '7af743a4ee694ff48779dd4f303223e9'
                        key: {
                            sys_ui_section: {
                                id: '66650281922f4346a7d4724fed57c494'
                                key: {
                                    name: 'pm_project'
                                    caption: 'Project'
                                    view: {
                                        id: '389af456384642529e2c0894c0ad5bd8'
                                        key: {
                                            name: 'x_itvc_value_benefits'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'short_description'
                            position: '9'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '7af8dab2443e4fdea992f74f1d02c3a8'
                        key: {
                            document_key: 'da870b1a6cc7498e8bd19d2c9e15ffe2'
                            variable: '46dbcb535320220002c6435723dc3409'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '7b0ede953ba74679869011c53c2d8a70'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_14872288df60220062fe6c7a4df26319'
                            id: 'b07df6559810494fb87f4e84bfe57fdc'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '7b12184d947f4c7bbd911d80ecd1cedc'
                        key: {
                            sys_security_acl: 'eeff0e8efec54464b941d74c7cb34604'
                            sys_user_role: {
                                id: '1037a6ecc11e4258b04354973aec8f73'
                                key: {
                                    name: 'x_itvc_value.portfolio_owner'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '7b21a819cec84ebc8451d63b442d7d6b'
                        deleted: true
                        key: {
                            name: 'x_itvc_value_scorecard'
                            element: 'digest'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '7b3af9000bb545eab773bb12496a43c2'
                        key: {
                            document_key: 'ad7a82c90e384fcbb40dba0d1c92f23f'
                            variable: '501c8f535320220002c6435723dc34da'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '7b408a4a049a4bd2802b751a647dcbe2'
                        key: {
                            sys_ui_section: {
                                id: '66650281922f4346a7d4724fed57c494'
                                key: {
                                    name: 'pm_project'
                                    caption: 'Project'
                                    view: {
                                        id: '389af456384642529e2c0894c0ad5bd8'
                                        key: {
                                            name: 'x_itvc_value_benefits'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'state'
                            position: '2'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '7b459599ec474eb6bae1147ffc077df6'
                        key: {
                            document_key: '1d9e72b2f4e146eba5f32b19ac00e834'
                            variable: 'b27b2b29ff6033008d3f5d9ad53bf164'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '7b6a720492de4d30996f554760666c51'
                        key: {
                            name: 'x_itvc_value_benefit'
                            element: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '7bb4805a93bc47c3b84a70fa1c4bcd1b'
                        key: {
                            name: 'x_itvc_value_metric'
                            element: 'key'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '7bb72d034b134862b980402c84bfab78'
                        key: {
                            name: 'x_itvc_value_scoring_model'
                            element: 'description'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '7bdd4979ed174234a1e92d9a934d499f'
                        key: {
                            document_key: '7192b88e47d14f5f844bfc2168543e3e'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '7bec2d88d598420da1dba7caf39ea9cf'
                        key: {
                            name: 'x_itvc_value_criterion'
                            element: 'formula_role'
                            value: 'confidence'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '7c16d7ea59f9400e893e81e5b07a366b'
                        key: {
                            name: 'x_itvc_value_service_profile'
                            element: 'typical_users'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '7c3ccbde8b5845d68d2552ee64e4fc14'
                        key: {
                            list_id: {
                                id: 'ee0a3fd2cd144eb28a491037319b7614'
                                key: {
                                    name: 'x_itvc_value_benefit'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'number'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '7c720d2e9da345fbb163c1d2ec02ecb0'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_14872288df60220062fe6c7a4df26319'
                            id: '4a3c0a13147649e18d4e6fe9332ad6f4'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '7c82590762294c228c71736676e600a4'
                        key: {
                            list_id: {
                                id: 'f0d275a0ad654b8a88cebc6bdf82c457'
                                key: {
                                    name: 'incident'
                                    view: {
                                        id: '48443e5bd1444433a7bd843e82f2588f'
                                        key: {
                                            name: 'x_itvc_value_business_value'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'priority'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '7cd273afc9eb4cf680a19b004b0e3048'
                        key: {
                            sys_ui_section: {
                                id: '3b2522f45c0d4c52b1d1e35ec6e7a821'
                                key: {
                                    name: 'x_itvc_value_scoring_model'
                                    caption: 'Scoring model'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.begin_split'
                            position: '0'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '7cf9c4ae76434696bd09bcbd5ab7d7f0'
                        key: {
                            name: 'x_itvc_value_rollup_run'
                            element: 'state'
                            value: 'queued'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '7d3a71c52a404d38b64047e56c669fd6'
                        key: {
                            sys_security_acl: '15c99fa734d042d0a49c5b1f1e9489fa'
                            sys_user_role: {
                                id: '6168292956ed41588199d96a0a354434'
                                key: {
                                    name: 'x_itvc_value.tagger'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '7d5d82cdadef4060ad4df98c211e3a11'
                        key: {
                            document_key: 'a956f1fd97354834bde480858f515215'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '7d95cfcab7b547798d848a899c1a9675'
                        key: {
                            document_key: '912abee1487946cc985652e4b9b6b0f2'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '7d96deb2fb134280994672b397c75d88'
                        key: {
                            sys_ui_section: {
                                id: '21c7e06345ed43c29daafaae8d426dec'
                                key: {
                                    name: 'incident'
                                    caption: 'Business value'
                                    view: {
                                        id: '48443e5bd1444433a7bd843e82f2588f'
                                        key: {
                                            name: 'x_itvc_value_business_value'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'x_itvc_value_tagged_by'
                            position: '10'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '7db18cfd34434b9abbca0130159a7522'
                        deleted: true
                        key: {
                            name: 'x_itvc_value_scorecard'
                            element: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '7e086ebc040a4938b04f96c8a3571665'
                        key: {
                            sys_ui_section: {
                                id: '8aaf4fa8d5c7411d88974e3118457fff'
                                key: {
                                    name: 'pm_project'
                                    caption: 'Benefit value'
                                    view: {
                                        id: '389af456384642529e2c0894c0ad5bd8'
                                        key: {
                                            name: 'x_itvc_value_benefits'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'x_itvc_value_payback_months'
                            position: '8'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '7e19728322734b0e895f7ee8dd64218f'
                        key: {
                            name: 'incident'
                            element: 'x_itvc_value_tagged_by'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '7e249a7900504e7d93aeb43ad2a28af7'
                        key: {
                            name: 'x_itvc_value_benefit'
                            element: 'measure'
                            value: 'currency'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '7e426cf1f64b462294fadc2cb5fc7489'
                        key: {
                            sys_ui_section: {
                                id: 'ad149286c23b400988777a2bfd98ed0d'
                                key: {
                                    name: 'x_itvc_value_service_profile'
                                    caption: 'Service value profile'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'hourly_revenue'
                            position: '5'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '7e46f2cd2077488dbed6dc029800de24'
                        key: {
                            name: 'x_itvc_value_benefit'
                            element: 'perspective'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '7e6926bacd8d4557af967b16087cc0d7'
                        key: {
                            document_key: 'ccb301a96bd64c75b21277dd8477a0e3'
                            variable: 'bc4c43935320220002c6435723dc34a2'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '7eb6d96f545e49138d8f89a46357c98b'
                        key: {
                            field: 'record_id'
                            table: 'var__m_atf_input_variable_1f39a288df60220062fe6c7a4df2639d'
                            id: '689dcad21f5942e0933a0faf4a5801ae'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '7ec68b7b04a94b33ada85b3f06765a1b'
                        key: {
                            document_key: '4ff517c084b248a4b6d5fea52c9d2f1b'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '7ed2249fc0134fc4812b74325ae5afe2'
                        key: {
                            sys_security_acl: 'ecfc73a8d3d34c9b9674742e2e470fdc'
                            sys_user_role: {
                                id: 'a2aa8ad8974d462e8ed9fb568e6ae905'
                                key: {
                                    name: 'x_itvc_value.viewer'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '7f38e9cfe56c450285c90a8a09f32bc4'
                        key: {
                            sys_ui_section: {
                                id: '367e5522e6ec428d8e465c3a7287de2d'
                                key: {
                                    name: 'x_itvc_value_benefit'
                                    caption: 'Plan and realisation'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.begin_split'
                            position: '0'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '7f582596d81647198c81c43ecf1bef82'
                        key: {
                            sys_security_acl: '05d2064c97da4345965ddb0947311de1'
                            sys_user_role: {
                                id: 'a2aa8ad8974d462e8ed9fb568e6ae905'
                                key: {
                                    name: 'x_itvc_value.viewer'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '7f5b1449cd304413b6846883f09e4f20'
                        key: {
                            sys_ui_section: {
                                id: '6d4f18edcba04331a19f668be8c52e60'
                                key: {
                                    name: 'dmn_demand'
                                    caption: 'Demand'
                                    view: {
                                        id: '389af456384642529e2c0894c0ad5bd8'
                                        key: {
                                            name: 'x_itvc_value_benefits'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'x_itvc_value_realised_benefit'
                            position: '7'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '7fa53df4b6474570bc01d73587370d3a'
                        key: {
                            document_key: '3f302a76194b4c9094c16990607eec6b'
                            variable: '67400008676003007ba405225685efa4'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '802e7b3df1534fa38bd49a5aed054a28'
                        key: {
                            document_key: 'da870b1a6cc7498e8bd19d2c9e15ffe2'
                            variable: '334b7bb7675003007ba405225685ef72'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '803a81dab20f4578a31eb1ee00a4e38a'
                        key: {
                            sys_security_acl: '20bdf12046f5469dbccdb9c0500d4a97'
                            sys_user_role: {
                                id: 'baf4f21a060f4c3aa3cfefbec6ac3ed3'
                                key: {
                                    name: 'x_itvc_value.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '804b5dd9b3e14088a904326dceb3c8ca'
                        key: {
                            sys_ui_section: {
                                id: 'f7cc1878599a4d4eb62194e71f1bd11a'
                                key: {
                                    name: 'incident'
                                    caption: 'Incident'
                                    view: {
                                        id: '48443e5bd1444433a7bd843e82f2588f'
                                        key: {
                                            name: 'x_itvc_value_business_value'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'business_service'
                            position: '3'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '818db859a8e240d496b03c8080d75faa'
                        key: {
                            document_key: '4f15a369a62949329d81860c245a0b1e'
                            variable: 'f0eec4d59f132200ef4afa7dc67fcf6d'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '81ea367d3d434af6a1a01954041f9969'
                        key: {
                            sys_ui_section: {
                                id: '634d2b00456b42848dde9b187f661412'
                                key: {
                                    name: 'dmn_demand'
                                    caption: 'Demand'
                                    view: {
                                        id: '5cac41bdd22941ae8b87d2fc4c11aaa2'
                                        key: {
                                            name: 'x_itvc_value_scoring'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'short_description'
                            position: '7'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '822016925e5b4ba5aa456cf155029652'
                        key: {
                            document_key: '3f302a76194b4c9094c16990607eec6b'
                            variable: 'cbddfa135320220002c6435723dc3415'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '8232fa3c607743ac8820323e68ee132c'
                        key: {
                            sys_ui_section: {
                                id: '21c7e06345ed43c29daafaae8d426dec'
                                key: {
                                    name: 'incident'
                                    caption: 'Business value'
                                    view: {
                                        id: '48443e5bd1444433a7bd843e82f2588f'
                                        key: {
                                            name: 'x_itvc_value_business_value'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.end_split'
                            position: '12'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '824452f7d5624cafb7eb559d9692d8e9'
                        key: {
                            name: 'x_itvc_value_score_history'
                            element: 'reason'
                            value: 'rating'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '824c5c6433ef4b69aa2a15ea8f32b7a6'
                        key: {
                            document_key: '2967a540e4074ca08b35fc2db91af0f3'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '82535457cafb424487957a439211a026'
                        key: {
                            list_id: {
                                id: '2df72ef07d0b47c79747d169ff3511ab'
                                key: {
                                    name: 'x_itvc_value_criterion'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'max_value'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '827579cb41c84213bab8aaa3d0685f41'
                        key: {
                            document_key: 'aaddf7ccecee4d3183bc5694cb192f1f'
                            variable: '53fb0f535320220002c6435723dc34ec'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: '8282d1c8f4a44d30ba3a6e62ab9dc270'
                        key: {
                            name: 'x_itvc_value_score_history'
                            element: 'reason'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '82a52a08d267438eb187884727fc0577'
                        key: {
                            name: 'x_itvc_value_rollup_run'
                            element: 'state'
                            value: 'failed'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '82b6d4cadbf843198ae373e5780938ba'
                        key: {
                            sys_ui_section: {
                                id: 'cb15a9b8ca6f48f9835119fda22a84b8'
                                key: {
                                    name: 'x_itvc_value_benefit'
                                    caption: 'Benefit'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'state'
                            position: '7'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '831187dee351445fb5b1931c0ffcfb11'
                        key: {
                            document_key: 'bdc93982197649a8aff82cc1946900c8'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '83550fe9baa5420fb4b1134e7a5d25ba'
                        key: {
                            name: 'pm_project'
                            element: 'x_itvc_value_value_health'
                            value: 'at_risk'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '8378d8d4910444bdbc26b7e83544632f'
                        key: {
                            document_key: 'fd4547e1a0084acbaddb0a7fcfd8b25a'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '838b76e6462e472fbf0ec4ce9e401e94'
                        key: {
                            name: 'x_itvc_value_criterion'
                            element: 'max_value'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '83ce83dc6abf4931b0a7d4ad497ebbea'
                        deleted: true
                        key: {
                            name: 'x_itvc_value_scorecard'
                            element: 'dimension'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '84132a98183d4b3a9b2ee781306f0350'
                        key: {
                            name: 'x_itvc_value_benefit'
                            element: 'measurement_method'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '844893efcf154c74ac0653ce846c0f81'
                        key: {
                            sys_ui_section: {
                                id: '66650281922f4346a7d4724fed57c494'
                                key: {
                                    name: 'pm_project'
                                    caption: 'Project'
                                    view: {
                                        id: '389af456384642529e2c0894c0ad5bd8'
                                        key: {
                                            name: 'x_itvc_value_benefits'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'primary_portfolio'
                            position: '6'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '84694a71f95d46a386a05c44c1042879'
                        key: {
                            document_key: '1d9e72b2f4e146eba5f32b19ac00e834'
                            variable: '1985e0ceff2433008d3f5d9ad53bf1ba'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '84c3a5f8df8f41b0b02a4c59caf68245'
                        key: {
                            document_key: 'b89199ccfcd84612a8743ef235d683d1'
                            variable: 'b86c0427531000109e02ddeeff7b1227'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '84cf8a272c66419c859fe72bc17ad2bb'
                        key: {
                            name: 'x_itvc_value_metric'
                            element: 'unit'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '84fe3565e54d411d89086f52dc02cc7c'
                        key: {
                            field: 'record_id'
                            table: 'var__m_atf_input_variable_17a72288df60220062fe6c7a4df26397'
                            id: 'da870b1a6cc7498e8bd19d2c9e15ffe2'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '8511380035c243d6aeacb4ea72587625'
                        key: {
                            document_key: '689dcad21f5942e0933a0faf4a5801ae'
                            variable: '52ed1e5b5360220002c6435723dc3421'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '85786e89cfc848a48c423cfef3bc566b'
                        key: {
                            sys_security_acl: '374af64bcdf343eabba1d5a037f90125'
                            sys_user_role: {
                                id: 'a2aa8ad8974d462e8ed9fb568e6ae905'
                                key: {
                                    name: 'x_itvc_value.viewer'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '85a718984cd342b1b36548e0308112ce'
                        key: {
                            sys_security_acl: '819d2e4e09124b9bbf8601475943f8f7'
                            sys_user_role: {
                                id: '6168292956ed41588199d96a0a354434'
                                key: {
                                    name: 'x_itvc_value.tagger'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '85ee73b4926c4cee9d2643fb06a70f5b'
                        key: {
                            document_key: 'c42f5535f56f498d85b850774399fc8c'
                            variable: 'f0eec4d59f132200ef4afa7dc67fcf6d'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '86308c8cd41542e39e65fb39ae1cd3c4'
                        key: {
                            document_key: '61b727966f4142828b6c737349050a39'
                            variable: 'cbddfa135320220002c6435723dc3415'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '863292aa10c5452b9cae4a7139c961a2'
                        key: {
                            sys_ui_section: {
                                id: '6306cb30e19f4477b9ca66b6693a552e'
                                key: {
                                    name: 'dmn_demand'
                                    caption: 'Value scoring'
                                    view: {
                                        id: '5cac41bdd22941ae8b87d2fc4c11aaa2'
                                        key: {
                                            name: 'x_itvc_value_scoring'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.begin_split'
                            position: '0'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '86485eef0c4a422c9d36304110c9c876'
                        key: {
                            list_id: {
                                id: '14a4a0b1545643b9a8005164955aa0b9'
                                key: {
                                    name: 'x_itvc_value_scorecard_entry'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'judgement'
                        }
                    },
                    {
                        table: 'sys_ui_form_section'
                        id: '868c7e806bd1427cbee6471bef7fe031'
                        key: {
                            sys_ui_form: {
                                id: 'bfe4c94b748f4021a990668a8079c26d'
                                key: {
                                    name: 'incident'
                                    view: {
                                        id: '48443e5bd1444433a7bd843e82f2588f'
                                        key: {
                                            name: 'x_itvc_value_business_value'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            sys_ui_section: {
                                id: 'f7cc1878599a4d4eb62194e71f1bd11a'
                                key: {
                                    name: 'incident'
                                    caption: 'Incident'
                                    view: {
                                        id: '48443e5bd1444433a7bd843e82f2588f'
                                        key: {
                                            name: 'x_itvc_value_business_value'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '8697fb8067ee4d25abd0b65daa3b8d11'
                        key: {
                            name: 'dmn_demand'
                            element: 'x_itvc_value_override'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '86b3f6dbdc1745f58333b5fde2b2abf7'
                        key: {
                            list_id: {
                                id: 'ee0a3fd2cd144eb28a491037319b7614'
                                key: {
                                    name: 'x_itvc_value_benefit'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'owner'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '86edd2fab9dc4f2fba6989b4f9c12ce7'
                        key: {
                            name: 'x_itvc_value_scoring_model'
                            element: 'method'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '871733885f584fa8943dd4e0ab0c1fd6'
                        key: {
                            name: 'x_itvc_value_scorecard_entry'
                            element: 'target'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '878dbf9d66c54ff8b4e19b6815df475c'
                        key: {
                            sys_ui_section: {
                                id: '367e5522e6ec428d8e465c3a7287de2d'
                                key: {
                                    name: 'x_itvc_value_benefit'
                                    caption: 'Plan and realisation'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.end_split'
                            position: '10'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '87957225cc26456db46175feb2cbaed1'
                        key: {
                            document_key: '05b8d3374bbb4b558003847799d528d2'
                            variable: '6aad5a575360220002c6435723dc34b0'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '8803028e9c72441d82fbc5adb5d90c67'
                        key: {
                            document_key: 'b8d3807f83df4d14b16dbbfc1c11c1e4'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_index'
                        id: '8826059756684332bbcceaa51d69cd19'
                        deleted: true
                        key: {
                            logical_table_name: 'x_itvc_value_scorecard'
                            col_name_string: 'period_label,dimension,dimension_key'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '88616e674e204d2380668ef1bfcc4180'
                        key: {
                            name: 'x_itvc_value_benefit_period'
                            element: 'overdue_notified_on'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '888ff1bfda2f415687e444936abcbce1'
                        key: {
                            list_id: {
                                id: '5a7476404ee0477d8cf08d5f64cf78f7'
                                key: {
                                    name: 'pm_project'
                                    view: {
                                        id: '389af456384642529e2c0894c0ad5bd8'
                                        key: {
                                            name: 'x_itvc_value_benefits'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'x_itvc_value_npv'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '88b13764fc8441a6b72584cd49a2e5a1'
                        key: {
                            name: 'x_itvc_value_snapshot'
                            element: 'period_type'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '88d11fb1bbf345adafb536ae8d5d485e'
                        key: {
                            sys_security_acl: '19d95d393ac84b6488988c2fdf23d232'
                            sys_user_role: {
                                id: '3568fa2374ea4f389ffe9249ae3b4401'
                                key: {
                                    name: 'x_itvc_value.assessor'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '88e63e9cf69a44c4b97f30871bea9a0c'
                        key: {
                            name: 'x_itvc_value_benefit'
                            element: 'realised_total'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '88ed0beea21b44f6a58c4a1f70cb758f'
                        key: {
                            name: 'x_itvc_value_metric'
                            element: 'perspective'
                            value: 'financial'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '8933b6e073f64a50bc32b5c3da9cc510'
                        key: {
                            name: 'x_itvc_value_snapshot'
                            element: 'period_end'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '893a18f38d1541e6b4975e539fac1477'
                        key: {
                            list_id: {
                                id: '0af45240371043b88fe939b36e3f8688'
                                key: {
                                    name: 'x_itvc_value_scoring_model'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'method'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '893f4dd5eac74d1db0ab46c6ee5789bb'
                        key: {
                            document_key: '3cee86da325743948a7ae182f79c363e'
                            variable: 'bc4c43935320220002c6435723dc34a2'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '895f55e784244f8f9703d5e673404058'
                        key: {
                            name: 'x_itvc_value_benefit_period'
                            element: 'rate_date'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '89fa3f1177e34061b3cc276cfa960eb8'
                        key: {
                            name: 'pm_project'
                            element: 'x_itvc_value_value_category'
                            value: 'cost'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '8a1291cd13cd4700bfb9c4112420be1a'
                        key: {
                            document_key: 'a0695f10981e4779a44ab0feb67ac527'
                            variable: '58408e250b3222000b7da95e93673a5c'
                        }
                    },
                    {
                        table: 'sys_ui_form'
                        id: '8a2060f19a114864a35241155ff0b900'
                        key: {
                            name: 'x_itvc_value_scoring_model'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '8a396c1ebfac49e8be20af94f598efd2'
                        key: {
                            document_key: '9fab2caf84d643d49cf984a003fc319e'
                            variable: 'bc4c43935320220002c6435723dc34a2'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '8a40a0c4d6b6466fa4111555303b066f'
                        key: {
                            list_id: {
                                id: '6089b449a8974124ba1b92e41ac9b249'
                                key: {
                                    name: 'x_itvc_value_metric'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'unit'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '8a4160edee324207a8ed71bdc829d390'
                        key: {
                            sys_ui_section: {
                                id: 'f7cc1878599a4d4eb62194e71f1bd11a'
                                key: {
                                    name: 'incident'
                                    caption: 'Incident'
                                    view: {
                                        id: '48443e5bd1444433a7bd843e82f2588f'
                                        key: {
                                            name: 'x_itvc_value_business_value'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'caller_id'
                            position: '2'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '8a718bd8f2b440cb8d14c6b2b87d21c7'
                        key: {
                            list_id: {
                                id: '14a4a0b1545643b9a8005164955aa0b9'
                                key: {
                                    name: 'x_itvc_value_scorecard_entry'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'value'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '8a805ae48f2642baadf69169a5fd796d'
                        key: {
                            sys_ui_section: {
                                id: '6306cb30e19f4477b9ca66b6693a552e'
                                key: {
                                    name: 'dmn_demand'
                                    caption: 'Value scoring'
                                    view: {
                                        id: '5cac41bdd22941ae8b87d2fc4c11aaa2'
                                        key: {
                                            name: 'x_itvc_value_scoring'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'x_itvc_value_model'
                            position: '1'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '8a84075d71e7444988fe42c29b39d602'
                        key: {
                            sys_security_acl: 'c2d0e9263cbd4fedbe57a75940ac0609'
                            sys_user_role: {
                                id: 'a2aa8ad8974d462e8ed9fb568e6ae905'
                                key: {
                                    name: 'x_itvc_value.viewer'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '8a9d0c48a1674a2bbdbdfe7aecaf8689'
                        key: {
                            document_key: '2227ea9cb89b439081ee382dfc3f9934'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_ui_section'
                        id: '8aaf4fa8d5c7411d88974e3118457fff'
                        key: {
                            name: 'pm_project'
                            caption: 'Benefit value'
                            view: {
                                id: '389af456384642529e2c0894c0ad5bd8'
                                key: {
                                    name: 'x_itvc_value_benefits'
                                }
                            }
                            sys_domain: 'global'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '8ad8bb07094148699252eecfecad8270'
                        key: {
                            sys_security_acl: '656d2d00c6b04100b12270c4788c7dd1'
                            sys_user_role: {
                                id: 'cd33d2fba23f48e09663313589e0b243'
                                key: {
                                    name: 'x_itvc_value.benefit_owner'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '8aef926db51a46c389a493c206b19d00'
                        key: {
                            name: 'incident'
                            element: 'x_itvc_value_value_category'
                            value: 'cost'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '8afa9bdf074d4729be36b85936a5cb00'
                        key: {
                            name: 'x_itvc_value_rollup_run'
                            element: 'chunks_total'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '8b8d33c9367940cc8535dfa4ef9169f7'
                        key: {
                            name: 'x_itvc_value_criterion'
                            element: 'direction'
                            value: 'cost'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '8b940073d4f94ea9855ddfc5c25ac70e'
                        key: {
                            name: 'x_itvc_value_scorecard_entry'
                            element: 'trend'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '8ba22925052b427fa7231f66b7464632'
                        key: {
                            sys_security_acl: '1f73686cabaf46f5ace504284182c830'
                            sys_user_role: {
                                id: 'baf4f21a060f4c3aa3cfefbec6ac3ed3'
                                key: {
                                    name: 'x_itvc_value.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '8bc32ae11dde4f309d819bc6ec5d85c9'
                        key: {
                            sys_security_acl: '369aaa743d404747b7d94edf70dee79c'
                            sys_user_role: {
                                id: 'baf4f21a060f4c3aa3cfefbec6ac3ed3'
                                key: {
                                    name: 'x_itvc_value.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '8bf8a50709c44c6e908e5f7131fbea7f'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_14872288df60220062fe6c7a4df26319'
                            id: 'd783b9042d7247e1a8540144e2d9a38a'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '8c185878252546a6881544b2a3826251'
                        key: {
                            name: 'x_itvc_value_benefit'
                            element: 'number'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '8c19b017ae06459ea9097325cb680804'
                        key: {
                            name: 'x_itvc_value_benefit'
                            element: 'measurement_method'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '8c275af9ef9e4cdc8d56287c5559d9ac'
                        key: {
                            document_key: 'd09453b74cca4849861e8b629a365778'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_db_object'
                        id: '8c7079e765a14d2980897f91807833b0'
                        key: {
                            name: 'x_itvc_value_snapshot'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '8cf63dfcfb1b401c826ef14a4f0dcaa6'
                        key: {
                            name: 'x_itvc_value_criterion'
                            element: 'weight'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '8cfc32b1f33e406895002623e1d57fdf'
                        key: {
                            name: 'x_itvc_value_scorecard_entry'
                            element: 'judgement'
                            value: 'improving'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '8d3c9a26794b491bb236c959c392e558'
                        key: {
                            sys_security_acl: '0a025dbc0d38400f85d97398f4f1970a'
                            sys_user_role: {
                                id: '3568fa2374ea4f389ffe9249ae3b4401'
                                key: {
                                    name: 'x_itvc_value.assessor'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '8d5d0034bdbc46b5b115835b8224880c'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_14872288df60220062fe6c7a4df26319'
                            id: 'fd4547e1a0084acbaddb0a7fcfd8b25a'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '8d7dde59ed9a434d80decd5da777b5aa'
                        key: {
                            list_id: {
                                id: 'af65d2e9628a407e88f4f8dadaa400be'
                                key: {
                                    name: 'x_itvc_value_scorecard_entry'
                                    view: {
                                        id: 'c8d5ef79559249b78cca5d2f75277b00'
                                        key: {
                                            name: 'x_itvc_value_scorecard_reds'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'target'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '8e3956e7b0ad48559b85743ce28fd55e'
                        key: {
                            name: 'x_itvc_value_exchange_rate'
                            element: 'currency'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '8e571a697ca64c15a34a14e45b1e956c'
                        key: {
                            sys_ui_section: {
                                id: '367e5522e6ec428d8e465c3a7287de2d'
                                key: {
                                    name: 'x_itvc_value_benefit'
                                    caption: 'Plan and realisation'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'realisation_pct'
                            position: '8'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '8e6350b3ccbe4aba990b1adbc3e5d7ff'
                        key: {
                            field: 'record_id'
                            table: 'var__m_atf_input_variable_17a72288df60220062fe6c7a4df26397'
                            id: '3759d78e2cfb479b99a0136bd4b05a42'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '8e66a168a4de419791c44b99358ae22b'
                        key: {
                            sys_ui_section: {
                                id: '6306cb30e19f4477b9ca66b6693a552e'
                                key: {
                                    name: 'dmn_demand'
                                    caption: 'Value scoring'
                                    view: {
                                        id: '5cac41bdd22941ae8b87d2fc4c11aaa2'
                                        key: {
                                            name: 'x_itvc_value_scoring'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'x_itvc_value_rank'
                            position: '6'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '8f6de61647864088afbdcb80bb894f9f'
                        key: {
                            list_id: {
                                id: '6089b449a8974124ba1b92e41ac9b249'
                                key: {
                                    name: 'x_itvc_value_metric'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'direction'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '8f7d0cd4c8d5479b84709965dae89101'
                        key: {
                            name: 'pm_project'
                            element: 'x_itvc_value_value_category'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '8fdb54d0a7ae494fb64d97bc0d597d7e'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_14872288df60220062fe6c7a4df26319'
                            id: 'f5b7e64e13b941b4b1a8e29fc8bd6d5c'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '8febbc123f2e43a39367316c7438bb0d'
                        key: {
                            document_key: 'f4bc48d8697e4d5da293977669def38b'
                            variable: '6aad5a575360220002c6435723dc34b0'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '8feeaa9397b944dea5bb250664512d87'
                        key: {
                            document_key: '15c463b4773147f1b461aa82b1947187'
                            variable: 'cbddfa135320220002c6435723dc3415'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '8ffc7b58484347fdbfa9fa1ac442dad5'
                        key: {
                            name: 'x_itvc_value_score_history'
                            element: 'model_version'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '900f833afaad4ebbaf10590b9abb0144'
                        key: {
                            document_key: 'b07df6559810494fb87f4e84bfe57fdc'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '902fe701f97941d29ad8a5f8a569ef96'
                        key: {
                            name: 'x_itvc_value_scoring_model'
                            element: 'version'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: '908421360d09433884e0ea3bece18371'
                        key: {
                            name: 'x_itvc_value_metric'
                            element: 'direction'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '9097fccebc1644ae8a723b97db4554e1'
                        key: {
                            name: 'x_itvc_value_benefit'
                            element: 'measure'
                            value: 'hours'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '9104e4f3d64748d8a89a8efaf94066b2'
                        key: {
                            name: 'x_itvc_value_scoring_model'
                            element: 'rescore_cursor'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_form_section'
                        id: '914ad89024ac405db04a3e8077e74ac3'
                        key: {
                            sys_ui_form: {
                                id: '8a2060f19a114864a35241155ff0b900'
                                key: {
                                    name: 'x_itvc_value_scoring_model'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            sys_ui_section: {
                                id: '3b2522f45c0d4c52b1d1e35ec6e7a821'
                                key: {
                                    name: 'x_itvc_value_scoring_model'
                                    caption: 'Scoring model'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '916d491b751e4325b6513cb3064d0297'
                        key: {
                            sys_security_acl: '2032c68c0dc24034a8bbe73fe71a2b8b'
                            sys_user_role: {
                                id: 'baf4f21a060f4c3aa3cfefbec6ac3ed3'
                                key: {
                                    name: 'x_itvc_value.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '918e1fe552124af999feb6ab74af4779'
                        key: {
                            list_id: {
                                id: '0af45240371043b88fe939b36e3f8688'
                                key: {
                                    name: 'x_itvc_value_scoring_model'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'active'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '91916bc575984c8597d89eaac600a191'
                        key: {
                            sys_security_acl: 'c91f23167da8453483ba8dc0dee43d89'
                            sys_user_role: {
                                id: 'baf4f21a060f4c3aa3cfefbec6ac3ed3'
                                key: {
                                    name: 'x_itvc_value.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_index'
                        id: '919c46ab291f4387922c917f50d0704b'
                        key: {
                            logical_table_name: 'x_itvc_value_score_history'
                            col_name_string: 'demand'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '922a2076091746949e4b3b8ddcf1bb5c'
                        key: {
                            sys_security_acl: '64219e85129843efbbad1571147e1dad'
                            sys_user_role: {
                                id: 'baf4f21a060f4c3aa3cfefbec6ac3ed3'
                                key: {
                                    name: 'x_itvc_value.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '9232088936a74a049e5b1e1e0925447c'
                        key: {
                            list_id: {
                                id: 'd8b91cf2a7d742d79ea608a09e7aac97'
                                key: {
                                    name: 'dmn_demand'
                                    view: {
                                        id: '5cac41bdd22941ae8b87d2fc4c11aaa2'
                                        key: {
                                            name: 'x_itvc_value_scoring'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'x_itvc_value_model'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '9251fa73e1684e0ca09eded68f570751'
                        key: {
                            sys_security_acl: 'cca1229b0c3144e48a5087dccdce222c'
                            sys_user_role: {
                                id: '1037a6ecc11e4258b04354973aec8f73'
                                key: {
                                    name: 'x_itvc_value.portfolio_owner'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '9281c1772f4e46069e739509f282ebc8'
                        key: {
                            document_key: 'fd4547e1a0084acbaddb0a7fcfd8b25a'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '9286616c0782446f812471e875f31d18'
                        key: {
                            list_id: {
                                id: 'f0d275a0ad654b8a88cebc6bdf82c457'
                                key: {
                                    name: 'incident'
                                    view: {
                                        id: '48443e5bd1444433a7bd843e82f2588f'
                                        key: {
                                            name: 'x_itvc_value_business_value'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'business_service'
                        }
                    },
                    {
                        table: 'sys_index'
                        id: '92942a85f8294971b4148558043afe7e'
                        key: {
                            logical_table_name: 'x_itvc_value_rating'
                            col_name_string: 'demand'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '929b39ba9b2f4ad5adffba3efc0192a2'
                        key: {
                            name: 'x_itvc_value_benefit_period'
                            element: 'planned_functional'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '92f0caad6c9742ce8654f1fc311ad5c1'
                        key: {
                            document_key: 'c87f84c303ac44a4a62306f832b33462'
                            variable: '1985e0ceff2433008d3f5d9ad53bf1ba'
                        }
                    },
                    {
                        table: 'sys_ws_query_parameter_map'
                        id: '93175194fe0249a7946eef4656a9cfcb'
                        key: {
                            web_service_operation: '8d88507efc7a4408a50f730a27c0bb57'
                            web_service_query_parameter: '2802920d29c846f8a4ff03f1640d5848'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '932613fa92c94c7b88667a41bbe42199'
                        key: {
                            list_id: {
                                id: '0f1d1197bf1a4b76b3787821ad504f28'
                                key: {
                                    name: 'x_itvc_value_rating'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'value'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '937e87382d014ec3b869c02d2fd7644f'
                        key: {
                            document_key: '7192b88e47d14f5f844bfc2168543e3e'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '939a36cf8a5c420fa362a84ff16ec84a'
                        key: {
                            name: 'x_itvc_value_scoring_model'
                            element: 'rescore_pending'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ws_query_parameter_map'
                        id: '939dcd888a7d47e69c96247b17ac3a8e'
                        key: {
                            web_service_operation: '1a6f80effcbf4e369707be9fa5a2b705'
                            web_service_query_parameter: '9632660cddca4ca384ea512951c3c4d8'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '93c021b37975483da7fdc3653e1c632f'
                        key: {
                            sys_security_acl: 'a9542c90e8aa4acc81ceb716002d4b1d'
                            sys_user_role: {
                                id: 'a2aa8ad8974d462e8ed9fb568e6ae905'
                                key: {
                                    name: 'x_itvc_value.viewer'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '94018e2719b647ad83303db7352d3d76'
                        key: {
                            name: 'x_itvc_value_scorecard_entry'
                            element: 'NULL'
                        }
                    },
                    {
                        table: 'sys_index'
                        id: '940b8196c42c4fe3a58100db1029149d'
                        key: {
                            logical_table_name: 'x_itvc_value_exchange_rate'
                            col_name_string: 'currency,effective_date'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '943ca12c480e4fb2a9f6b5792d47b45e'
                        key: {
                            document_key: '07495c43c7d54638a765d695d8c026b8'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '94c3484b554a48f59a12370756505451'
                        key: {
                            name: 'x_itvc_value_scoring_model'
                            element: 'version'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '94ecb93d27334847ae23aeb98671dac2'
                        key: {
                            name: 'x_itvc_value_benefit_period'
                            element: 'measured_at'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '953622638cf94dc3a9b93d2f980ee5bb'
                        key: {
                            name: 'x_itvc_value_scoring_model'
                            element: 'is_default'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '9538e3e628064e048f874c651ba90629'
                        key: {
                            sys_security_acl: '7e4b1798a333463797d88776a5fdb6df'
                            sys_user_role: {
                                id: 'baf4f21a060f4c3aa3cfefbec6ac3ed3'
                                key: {
                                    name: 'x_itvc_value.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '954d2fce177641559b08557e2bd45d8c'
                        key: {
                            document_key: 'e5fdae1a33914deaa44222fd0de0aede'
                            variable: '52ed1e5b5360220002c6435723dc3421'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '9553ef4ce3294069947538e190bdd27a'
                        key: {
                            name: 'x_itvc_value_metric'
                            element: 'target'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '9572514cc58c4dd1b80cb0f33dcd71c8'
                        key: {
                            document_key: 'ad90e1978b4046fe8a23a2f2e4be24d3'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '9589a2a7d3fd4e43a6be9eefd8be49f2'
                        key: {
                            sys_security_acl: 'aedcd3c503e3404a946b2e57ddc9a5c9'
                            sys_user_role: {
                                id: 'baf4f21a060f4c3aa3cfefbec6ac3ed3'
                                key: {
                                    name: 'x_itvc_value.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '95b274c891134d528fd114c69ca1025d'
                        key: {
                            sys_security_acl: '4a6d216b7a4549998686d0e3cd1ef03a'
                            sys_user_role: {
                                id: 'baf4f21a060f4c3aa3cfefbec6ac3ed3'
                                key: {
                                    name: 'x_itvc_value.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '95d207f515724f13a0b379ff11a8cf30'
                        key: {
                            list_id: {
                                id: 'af65d2e9628a407e88f4f8dadaa400be'
                                key: {
                                    name: 'x_itvc_value_scorecard_entry'
                                    view: {
                                        id: 'c8d5ef79559249b78cca5d2f75277b00'
                                        key: {
                                            name: 'x_itvc_value_scorecard_reds'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'judgement'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '9655e2cc5a3b48a0b351e22480c650fa'
                        key: {
                            name: 'x_itvc_value_rollup_run'
                            element: 'queries'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '965d3cae470d4c6183f49db09c9c6b50'
                        key: {
                            document_key: '81de930e15ff4058a06f5cc48993f43b'
                            variable: '501c8f535320220002c6435723dc34da'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '96b0d51f5d8946209211d9a83c7cb5b7'
                        key: {
                            name: 'x_itvc_value_scorecard_entry'
                            element: 'scorecard'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '97338e0f101b4aaab47f200dd4481c84'
                        key: {
                            document_key: 'ad0a9f6bcfdb46e7a0993731e57a8fcd'
                            variable: 'ccae44d59f132200ef4afa7dc67fcf1e'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '9740679642e84bf39cf38bbc4d88f5f6'
                        key: {
                            document_key: 'e5ca0652100247918794c8e4c60c71f6'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '97437af5b9a34910aa5ae6f259aac3ef'
                        key: {
                            document_key: 'a469dba1866e47f5a84daad084bbceb4'
                            variable: '6f69fc4aff6433008d3f5d9ad53bf18c'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '975c5edf684245f4a8d79686a4aedd64'
                        key: {
                            document_key: '76a61484c5eb486388ccc20db306e43e'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '97721095276a4995b1df7b2e30a9305c'
                        key: {
                            document_key: '76a61484c5eb486388ccc20db306e43e'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '97a45bd331064f388312a4d88f11d88d'
                        key: {
                            sys_security_acl: '9838007e6721496995728b6fc87aa324'
                            sys_user_role: {
                                id: 'a954aaa3fd00490382a60874806809be'
                                key: {
                                    name: 'x_itvc_value.demand_manager'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '97aede48ddeb4e9ca40cfcfea8866949'
                        key: {
                            document_key: '4c40b97465254f12a6f24763ec66873f'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '97c9eadb867040bd85b2f36fe27660f2'
                        key: {
                            sys_security_acl: 'da096073adf94cdba729b054b774484f'
                            sys_user_role: {
                                id: 'baf4f21a060f4c3aa3cfefbec6ac3ed3'
                                key: {
                                    name: 'x_itvc_value.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '97f4b319947741e9a6aa563a19ac6375'
                        key: {
                            sys_security_acl: 'd1365ef1142643e1a7c328da50e2b84d'
                            sys_user_role: {
                                id: 'a2aa8ad8974d462e8ed9fb568e6ae905'
                                key: {
                                    name: 'x_itvc_value.viewer'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '980f3cb07b244c7b9fad6836b26550be'
                        key: {
                            name: 'x_itvc_value_benefit'
                            element: 'measure'
                            value: 'score'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '981895ea0890494ebcc51b1f3ad461a5'
                        key: {
                            document_key: 'a0695f10981e4779a44ab0feb67ac527'
                            variable: '59877da10b3222000b7da95e93673a56'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: '98236ef9f68d47ebbb120b06f8dd4e53'
                        key: {
                            name: 'pm_project'
                            element: 'x_itvc_value_value_health'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '989853c452464b40b4675f7d651df984'
                        key: {
                            document_key: '4ff517c084b248a4b6d5fea52c9d2f1b'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '99273ce19cfd4577bd0b32c88968631d'
                        key: {
                            field: 'record_id'
                            table: 'var__m_atf_input_variable_17a72288df60220062fe6c7a4df26397'
                            id: '81de930e15ff4058a06f5cc48993f43b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '992b134d156a42d6b8348f58c2712101'
                        key: {
                            document_key: 'ca9088c250f94561a6aa66344b55993e'
                            variable: '67400008676003007ba405225685efa4'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '998fe488128943beb7da59ca6126cd0f'
                        key: {
                            name: 'dmn_demand'
                            element: 'x_itvc_value_approved_at'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '99cf55e416ad41dba7a308fbba2245b3'
                        key: {
                            name: 'x_itvc_value_criterion'
                            element: 'min_value'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '99f34396873d410c869882e391b10872'
                        key: {
                            name: 'x_itvc_value_rollup_run'
                            element: 'started'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '9a066550098e4741a39fc75f794aaebe'
                        key: {
                            document_key: '3fb1f3344b4845db9315195286c88dfe'
                            variable: '501c8f535320220002c6435723dc34da'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '9a0a5c7cfb574d55ac9e2964dcfc958d'
                        key: {
                            document_key: '07495c43c7d54638a765d695d8c026b8'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '9a0dcb0730094fb5aac2539aaa60150a'
                        key: {
                            name: 'x_itvc_value_service_profile'
                            element: 'hourly_revenue'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '9a51ccab93d64dbb8bcb554164b3c241'
                        key: {
                            name: 'x_itvc_value_metric'
                            element: 'unit'
                            value: 'currency'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '9a524a283bed4269b1f8fcefd0a39af5'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_14872288df60220062fe6c7a4df26319'
                            id: 'b8d3807f83df4d14b16dbbfc1c11c1e4'
                        }
                    },
                    {
                        table: 'sys_ws_query_parameter_map'
                        id: '9a694c7e616b44f3b24a0c8c37cda32a'
                        key: {
                            web_service_operation: '7190e675464c4f4c83af2496f990f60d'
                            web_service_query_parameter: '596ce6d0799d4b0c9b5dfa7e57f07495'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '9aa83bb28b9f4bf68de34f01d180fd97'
                        key: {
                            list_id: {
                                id: '14a4a0b1545643b9a8005164955aa0b9'
                                key: {
                                    name: 'x_itvc_value_scorecard_entry'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'previous_value'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '9ace7dced5c94c578535b4c970bd8903'
                        key: {
                            name: 'x_itvc_value_scorecard_entry'
                            element: 'judgement'
                            language: 'en'
                        }
                    },
                    {
                        table: 'ua_table_licensing_config'
                        id: '9ad8443f121948b18085a42f8e16c6a1'
                        key: {
                            name: 'x_itvc_value_exchange_rate'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '9b05a0d90aee41769a5d80444921c48c'
                        deleted: true
                        key: {
                            sys_security_acl: '936b5072386846d0be70f08a769c5e2c'
                            sys_user_role: {
                                id: 'baf4f21a060f4c3aa3cfefbec6ac3ed3'
                                key: {
                                    name: 'x_itvc_value.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '9b432c7a65894c0482e561ce256adbef'
                        key: {
                            document_key: 'e5ca0652100247918794c8e4c60c71f6'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '9b5f59fa816149da9a259caf2cf45c25'
                        key: {
                            name: 'x_itvc_value_benefit'
                            element: 'perspective'
                            value: 'internal_process'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '9bdc533a5b894c688c0a7a90e30b2044'
                        key: {
                            name: 'x_itvc_value_snapshot'
                            element: 'dimension_label'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '9beb351f43484ae992a8bc831b50d409'
                        key: {
                            document_key: 'e7ce0c1340b6404eb9712cf822e42f0c'
                            variable: '6aad5a575360220002c6435723dc34b0'
                        }
                    },
                    {
                        table: 'ua_table_licensing_config'
                        id: '9bf15cd16dbb43dbaf57f12aa85b2fa0'
                        key: {
                            name: 'pm_project'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '9bf850fda78b40d9ac1c93a3b5453447'
                        key: {
                            list_id: {
                                id: '6089b449a8974124ba1b92e41ac9b249'
                                key: {
                                    name: 'x_itvc_value_metric'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'name'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '9bfb140952c24a7ca5794e751a2fe491'
                        key: {
                            name: 'dmn_demand'
                            element: 'x_itvc_value_score'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '9c119e2ab00640d4841ab7325c7e0ff6'
                        key: {
                            name: 'x_itvc_value_rollup_run'
                            element: 'dimensions'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '9c1672bb76b244e3841607de30e99061'
                        key: {
                            sys_security_acl: 'b50ca9bd61a44a9b8f3ee29cfa41250b'
                            sys_user_role: '2831a114c611228501d4ea6c309d626d'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '9c169107650949e089309b9139624eeb'
                        key: {
                            sys_security_acl: 'c8426bccf3a74bf7a9a1b4d0aaefb63c'
                            sys_user_role: {
                                id: 'a2aa8ad8974d462e8ed9fb568e6ae905'
                                key: {
                                    name: 'x_itvc_value.viewer'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '9c20107c32194efa8ed9306c5e34714e'
                        key: {
                            sys_ui_section: {
                                id: '8aaf4fa8d5c7411d88974e3118457fff'
                                key: {
                                    name: 'pm_project'
                                    caption: 'Benefit value'
                                    view: {
                                        id: '389af456384642529e2c0894c0ad5bd8'
                                        key: {
                                            name: 'x_itvc_value_benefits'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'x_itvc_value_npv'
                            position: '7'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '9c6514b652634ebb91b3eb072f4189f3'
                        key: {
                            list_id: {
                                id: '0af45240371043b88fe939b36e3f8688'
                                key: {
                                    name: 'x_itvc_value_scoring_model'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'name'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '9c9990a6d3f44bd2b1b80f05e12f8d8b'
                        key: {
                            name: 'x_itvc_value_snapshot'
                            element: 'dimension_label'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '9ca930c02f574ccc84f3c894409ce6ca'
                        key: {
                            document_key: 'c190f21d83cf45f580b1d62c4fd7e71a'
                            variable: '46dbcb535320220002c6435723dc3409'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '9cc076c0a38041489d3a30bd2db0e387'
                        key: {
                            document_key: '4a3c0a13147649e18d4e6fe9332ad6f4'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '9cd22d372e7a42daa790ab11c4a0d484'
                        key: {
                            name: 'dmn_demand'
                            element: 'x_itvc_value_score_status'
                            value: 'unscored'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '9cec1fc021e44a9488a4bebf315b5f4f'
                        key: {
                            sys_security_acl: '3bd494c2edb746e9aa8e92a93997173d'
                            sys_user_role: {
                                id: 'a2aa8ad8974d462e8ed9fb568e6ae905'
                                key: {
                                    name: 'x_itvc_value.viewer'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '9cf14258ba1d4f0387fb0eeb64c0be19'
                        key: {
                            name: 'x_itvc_value_criterion'
                            element: 'formula_role'
                            value: 'time_criticality'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '9d0573bd4398428aa492f12905ab84e1'
                        key: {
                            name: 'x_itvc_value_score_history'
                            element: 'old_ranking_value'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '9d1ebd1c24b14b7ea4c4b0ff35c6c435'
                        key: {
                            sys_ui_section: {
                                id: 'cb15a9b8ca6f48f9835119fda22a84b8'
                                key: {
                                    name: 'x_itvc_value_benefit'
                                    caption: 'Benefit'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'currency'
                            position: '11'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '9d35d7adbc4249a8aa9650111e82edfd'
                        key: {
                            name: 'x_itvc_value_criterion'
                            element: 'direction'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '9d724a6e59d846c6a767fc13d847dcc0'
                        key: {
                            sys_ui_section: {
                                id: '6306cb30e19f4477b9ca66b6693a552e'
                                key: {
                                    name: 'dmn_demand'
                                    caption: 'Value scoring'
                                    view: {
                                        id: '5cac41bdd22941ae8b87d2fc4c11aaa2'
                                        key: {
                                            name: 'x_itvc_value_scoring'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'x_itvc_value_score_status'
                            position: '2'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '9d7407ebd47b4422bb1313140f8d76ee'
                        key: {
                            document_key: '3759d78e2cfb479b99a0136bd4b05a42'
                            variable: 'bc4c43935320220002c6435723dc34a2'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '9d778ca1fb25433899ec330778c51d77'
                        key: {
                            document_key: 'aca4dd38831d43e5ae93abab5d7a5162'
                            variable: '52ed1e5b5360220002c6435723dc3421'
                        }
                    },
                    {
                        table: 'sys_ui_list'
                        id: '9d9cb893a72d428ab71442c5ed6935b8'
                        key: {
                            name: 'x_itvc_value_benefit_period'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                            element: 'NULL'
                            relationship: 'NULL'
                            parent: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '9da0d71812d84a84b55ad28b6daa251d'
                        key: {
                            sys_ui_section: {
                                id: 'cb15a9b8ca6f48f9835119fda22a84b8'
                                key: {
                                    name: 'x_itvc_value_benefit'
                                    caption: 'Benefit'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'number'
                            position: '1'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '9da21231dfb54a6eb6b391962ed410b6'
                        key: {
                            sys_security_acl: '0665786c317345d894190a3721a1e5dd'
                            sys_user_role: {
                                id: 'baf4f21a060f4c3aa3cfefbec6ac3ed3'
                                key: {
                                    name: 'x_itvc_value.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '9dbbbee414bc47ce8ec44e3ea681b708'
                        key: {
                            sys_ui_section: {
                                id: 'ad149286c23b400988777a2bfd98ed0d'
                                key: {
                                    name: 'x_itvc_value_service_profile'
                                    caption: 'Service value profile'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.end_split'
                            position: '8'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '9dc196ecfee04f598af1ab04b1541acd'
                        key: {
                            sys_ui_section: {
                                id: '367e5522e6ec428d8e465c3a7287de2d'
                                key: {
                                    name: 'x_itvc_value_benefit'
                                    caption: 'Plan and realisation'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'planned_to_date'
                            position: '6'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '9dee8f3ff5b744e0a9f1b14a0c641929'
                        key: {
                            document_key: 'aaddf7ccecee4d3183bc5694cb192f1f'
                            variable: '334b7bb7675003007ba405225685ef72'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '9deed83358b34376bb7ff22fce78c49e'
                        key: {
                            document_key: 'd549c752ed944baeb544d3575f7b0781'
                            variable: '67400008676003007ba405225685efa4'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '9e742a90db424192ba90585b90e15f80'
                        key: {
                            document_key: '9abb4374f9a14a75b807463cbd2ac22a'
                            variable: 'ff06ab840f20101091d0f00c97767e6d'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '9e8b8708b6ac45adad2197fec1b7ee49'
                        key: {
                            name: 'x_itvc_value_service_profile'
                            element: 'criticality'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '9e95c2b688cf47a6af53da428ab1ca4d'
                        key: {
                            document_key: '9e63fd308312469281445bdba7ee0990'
                            variable: 'ff6e125353a0220002c6435723dc3442'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '9eaf6f2f60d845d4af406444e5d62781'
                        key: {
                            sys_ui_section: {
                                id: '66650281922f4346a7d4724fed57c494'
                                key: {
                                    name: 'pm_project'
                                    caption: 'Project'
                                    view: {
                                        id: '389af456384642529e2c0894c0ad5bd8'
                                        key: {
                                            name: 'x_itvc_value_benefits'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.end_split'
                            position: '8'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '9f10f0406ed7455f8e684244ae9d3d1d'
                        key: {
                            name: 'x_itvc_value_rating'
                            element: 'criterion'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a0189971b3c34f838c43d764a7d62160'
                        key: {
                            document_key: 'd549c752ed944baeb544d3575f7b0781'
                            variable: '6aad5a575360220002c6435723dc34b0'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a032fd6a39c34c4083228e3a87819f58'
                        key: {
                            document_key: '470c3d37791c4b1386ecfc4f3412a455'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'a05a83e6626045da83c37eadc0ab8643'
                        deleted: true
                        key: {
                            name: 'x_itvc_value_scorecard'
                            element: 'dimension'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'a0abe3285cb44112999330efeec893f6'
                        key: {
                            sys_ui_section: {
                                id: 'ad149286c23b400988777a2bfd98ed0d'
                                key: {
                                    name: 'x_itvc_value_service_profile'
                                    caption: 'Service value profile'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'criticality'
                            position: '2'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'a0c9a1ea72d94f40a079452b25cf53f5'
                        key: {
                            list_id: {
                                id: '5a7476404ee0477d8cf08d5f64cf78f7'
                                key: {
                                    name: 'pm_project'
                                    view: {
                                        id: '389af456384642529e2c0894c0ad5bd8'
                                        key: {
                                            name: 'x_itvc_value_benefits'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'state'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'a0ce3eb3993245e681bc29eb9c413301'
                        key: {
                            sys_ui_section: {
                                id: 'cb15a9b8ca6f48f9835119fda22a84b8'
                                key: {
                                    name: 'x_itvc_value_benefit'
                                    caption: 'Benefit'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'project'
                            position: '9'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'a0cf28e557ae4a28baee8f369472cfb4'
                        key: {
                            name: 'pm_project'
                            element: 'x_itvc_value_value_category'
                            value: 'risk'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'a0e098b700d64a179c7d62b383931de5'
                        key: {
                            sys_ui_section: {
                                id: '6d4f18edcba04331a19f668be8c52e60'
                                key: {
                                    name: 'dmn_demand'
                                    caption: 'Demand'
                                    view: {
                                        id: '389af456384642529e2c0894c0ad5bd8'
                                        key: {
                                            name: 'x_itvc_value_benefits'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.begin_split'
                            position: '0'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'a0e1dc9a1ff749da895ee0909c8e2165'
                        key: {
                            name: 'x_itvc_value_metric'
                            element: 'active'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a10a88956a714eaf8a039c01e5ecb13f'
                        key: {
                            document_key: 'bab49d95cc3a4925af2fc7600c9835f2'
                            variable: '3d6d8b935320220002c6435723dc349c'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a122fba670154599ab3852806c36446a'
                        key: {
                            document_key: 'ca9088c250f94561a6aa66344b55993e'
                            variable: 'cbddfa135320220002c6435723dc3415'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'a1497ea30332404f864311cd6797f3e6'
                        key: {
                            name: 'x_itvc_value_rollup_run'
                            element: 'kind'
                            value: 'fiscal_year'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'a18df01240504328b2947f3d9ddd3ae1'
                        key: {
                            name: 'dmn_demand'
                            element: 'x_itvc_value_scored_at'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'a19523d9b9ff4ee48fe9340be26d9400'
                        key: {
                            name: 'pm_project'
                            element: 'x_itvc_value_value_category'
                            value: 'productivity'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'a1a52de335ad48c8a54f516849d6e141'
                        key: {
                            name: 'pm_project'
                            element: 'x_itvc_value_payback_months'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'a1f5967c9e1741b6a191f1a42539f685'
                        key: {
                            name: 'x_itvc_value_metric'
                            element: 'direction'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'a1f5e460186a473bafb6e2edc8441f77'
                        key: {
                            list_id: {
                                id: '6089b449a8974124ba1b92e41ac9b249'
                                key: {
                                    name: 'x_itvc_value_metric'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'amber_tolerance'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'a2001c44cd7a4dcaa05c3db10e984d65'
                        key: {
                            sys_security_acl: '18422b3d6dfe46bb852db089093ef100'
                            sys_user_role: {
                                id: 'baf4f21a060f4c3aa3cfefbec6ac3ed3'
                                key: {
                                    name: 'x_itvc_value.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'a22b0ac832e24cdc8a83c1468414eb19'
                        key: {
                            name: 'x_itvc_value_metric'
                            element: 'direction'
                            value: 'lower_better'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'a233152a1cb7409fa2c4696165d6330e'
                        key: {
                            name: 'x_itvc_value_benefit'
                            element: 'end_date'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'a26d43619a7945afa459001a8a8db137'
                        key: {
                            name: 'x_itvc_value_criterion'
                            element: 'key'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'a2a6d47198f74c2286ad3076dfe4b2d4'
                        key: {
                            name: 'x_itvc_value_service_profile'
                            element: 'criticality'
                            value: '2'
                            language: 'en'
                            dependent_value: 'NULL'
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
                        table: 'sys_db_object'
                        id: 'a2d0bbc3f2474fbc9445b5600f912985'
                        deleted: true
                        key: {
                            name: 'x_itvc_value_scorecard'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a2f0d68d73044224b888972aae177e35'
                        key: {
                            document_key: '912abee1487946cc985652e4b9b6b0f2'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'a2fc2167595747bca7c3132a995e92d3'
                        key: {
                            name: 'x_itvc_value_service_profile'
                            element: 'service'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'a31db9463c7e4e66aa5fc3262237d741'
                        key: {
                            sys_ui_section: {
                                id: '634d2b00456b42848dde9b187f661412'
                                key: {
                                    name: 'dmn_demand'
                                    caption: 'Demand'
                                    view: {
                                        id: '5cac41bdd22941ae8b87d2fc4c11aaa2'
                                        key: {
                                            name: 'x_itvc_value_scoring'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.split'
                            position: '3'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'a321bb6184814f3cb6dc73342d239902'
                        key: {
                            name: 'x_itvc_value_score_history'
                            element: 'changed_by'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a34e8a188cda42e89f6c9400ea41d8d9'
                        key: {
                            document_key: 'fce87fa55b9945e3a55d2f87e29af3f6'
                            variable: '1985e0ceff2433008d3f5d9ad53bf1ba'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'a359d60c7a1a4423b4e59e90660a6f9f'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_14872288df60220062fe6c7a4df26319'
                            id: '912abee1487946cc985652e4b9b6b0f2'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'a37b67cd72e5403e8233d1fd864569b4'
                        key: {
                            sys_ui_section: {
                                id: '66650281922f4346a7d4724fed57c494'
                                key: {
                                    name: 'pm_project'
                                    caption: 'Project'
                                    view: {
                                        id: '389af456384642529e2c0894c0ad5bd8'
                                        key: {
                                            name: 'x_itvc_value_benefits'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'number'
                            position: '1'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a41331c4c29449c882e8537b509b27b4'
                        key: {
                            document_key: 'f4bc48d8697e4d5da293977669def38b'
                            variable: 'ff6e125353a0220002c6435723dc3442'
                        }
                    },
                    {
                        table: 'sys_index'
                        id: 'a4305e5597664fb698851505f5b4a6d1'
                        key: {
                            logical_table_name: 'x_itvc_value_rollup_run'
                            col_name_string: 'state'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'a4674017540a4062a2ac1128e9a1a71f'
                        key: {
                            sys_security_acl: '16b8a2438f1944668537f1ded3f92c45'
                            sys_user_role: {
                                id: 'baf4f21a060f4c3aa3cfefbec6ac3ed3'
                                key: {
                                    name: 'x_itvc_value.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'a485abc4352f42de8a6a3573ec7c86e2'
                        key: {
                            sys_ui_section: {
                                id: 'cb15a9b8ca6f48f9835119fda22a84b8'
                                key: {
                                    name: 'x_itvc_value_benefit'
                                    caption: 'Benefit'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'demand'
                            position: '8'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'a49b3e6e29224497889f325b699d98b0'
                        key: {
                            name: 'incident'
                            element: 'x_itvc_value_tagged_at'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'a4aea0f42e8f4174a81eed7c6bd1c1f1'
                        key: {
                            name: 'x_itvc_value_benefit'
                            element: 'start_date'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a4b4ea74ff064a1481b5e4d1f4afcf6d'
                        key: {
                            document_key: 'ca9088c250f94561a6aa66344b55993e'
                            variable: '6aad5a575360220002c6435723dc34b0'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'a4e04b49c1904be8b409894082d76820'
                        key: {
                            name: 'x_itvc_value_benefit_period'
                            element: 'overdue_notified_on'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'a4f2b09ea8ed4e5381f465e8a32758b0'
                        key: {
                            name: 'x_itvc_value_metric'
                            element: 'target'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'a4f869d4940d4129ad503105dccdd052'
                        key: {
                            name: 'x_itvc_value_benefit'
                            element: 'category'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a4ff843ef3d64da096a9cf66e41381a9'
                        key: {
                            document_key: 'c87f84c303ac44a4a62306f832b33462'
                            variable: '1778a7480f20101091d0f00c97767e03'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a5040a15704a4d848c2d31a9f5074252'
                        key: {
                            document_key: '689dcad21f5942e0933a0faf4a5801ae'
                            variable: 'cbddfa135320220002c6435723dc3415'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'a5055e4adf9043d58b9cfd1c52237c22'
                        key: {
                            name: 'x_itvc_value_benefit_period'
                            element: 'measured_by'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'a51fd6c454e149d98194bd6799692bde'
                        key: {
                            sys_security_acl: '74dc03339e484a7085ee20802ddc6642'
                            sys_user_role: {
                                id: '1037a6ecc11e4258b04354973aec8f73'
                                key: {
                                    name: 'x_itvc_value.portfolio_owner'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a54084208f12488ea41330eee0eb14d4'
                        key: {
                            document_key: '912abee1487946cc985652e4b9b6b0f2'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'a561ffecc909460e818ec8bbff1a9ff0'
                        key: {
                            sys_security_acl: '122e4ee8682847fab406ce36f600e048'
                            sys_user_role: {
                                id: 'baf4f21a060f4c3aa3cfefbec6ac3ed3'
                                key: {
                                    name: 'x_itvc_value.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'a57e703640754109843bef0c50d62e33'
                        key: {
                            list_id: {
                                id: 'd8b91cf2a7d742d79ea608a09e7aac97'
                                key: {
                                    name: 'dmn_demand'
                                    view: {
                                        id: '5cac41bdd22941ae8b87d2fc4c11aaa2'
                                        key: {
                                            name: 'x_itvc_value_scoring'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'x_itvc_value_score_status'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'a592a109636e4b58914c5520f53ab470'
                        deleted: true
                        key: {
                            list_id: {
                                id: '762288e3dd6f460c989d09e9d8761830'
                                key: {
                                    name: 'x_itvc_value_scorecard'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'period_label'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a5cff4b06cca42ad9b34c0d4aecf3190'
                        key: {
                            document_key: '3759d78e2cfb479b99a0136bd4b05a42'
                            variable: '501c8f535320220002c6435723dc34da'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'a60d74fa34c445918cdc10b793f6e5a7'
                        key: {
                            name: 'x_itvc_value_metric'
                            element: 'key'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'a6204771e5674756bdeef6f7c6f9a08e'
                        key: {
                            sys_security_acl: '7ad5cccea6824aa492bd7533e615f2fe'
                            sys_user_role: {
                                id: 'a954aaa3fd00490382a60874806809be'
                                key: {
                                    name: 'x_itvc_value.demand_manager'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'a624071f8358481697c4de2cd52ab52a'
                        key: {
                            name: 'incident'
                            element: 'x_itvc_value_revenue_at_risk'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'a62d2513cd6946ab840ed9cbf6ecb6bd'
                        key: {
                            name: 'x_itvc_value_score_history'
                            element: 'breakdown'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'a643e3d6489e46729462e5df8ba242ac'
                        key: {
                            name: 'x_itvc_value_benefit'
                            element: 'granularity'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'a6454f2c337e4ab99dc17e5291515e68'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_14872288df60220062fe6c7a4df26319'
                            id: 'afe8234a856643a09d3ef4cb707d7238'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'a66df599183c4313b628b7a5f88f3171'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_14872288df60220062fe6c7a4df26319'
                            id: '29662a19fdef46118dc7939fd0fb1ed0'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a67e5a80508e4f72ae4ad1e15a9871ae'
                        key: {
                            document_key: 'e68b05a45e5f4a30bd6601b07db064a4'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'a699f35974ab4a53b36b856018a5f28b'
                        key: {
                            sys_ui_section: {
                                id: 'ad149286c23b400988777a2bfd98ed0d'
                                key: {
                                    name: 'x_itvc_value_service_profile'
                                    caption: 'Service value profile'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.begin_split'
                            position: '0'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'a6a68f2604024a10ae1c8f231a424a11'
                        key: {
                            name: 'incident'
                            element: 'x_itvc_value_value_category'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'a6a809dd30424918b2552aec0c167c8a'
                        key: {
                            list_id: {
                                id: '2df72ef07d0b47c79747d169ff3511ab'
                                key: {
                                    name: 'x_itvc_value_criterion'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'model'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'a6c5bc91c3644bfd9caea04cbc4b11bc'
                        key: {
                            sys_ui_section: {
                                id: 'cb15a9b8ca6f48f9835119fda22a84b8'
                                key: {
                                    name: 'x_itvc_value_benefit'
                                    caption: 'Benefit'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'perspective'
                            position: '4'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'a6cddd31f71143528f98e9ddf200bd89'
                        key: {
                            sys_security_acl: '1233f6ef4f4b48de800a34bc7b8e63f1'
                            sys_user_role: {
                                id: 'baf4f21a060f4c3aa3cfefbec6ac3ed3'
                                key: {
                                    name: 'x_itvc_value.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'a714abead86b478c810798bc1e8420bd'
                        key: {
                            field: 'record_id'
                            table: 'var__m_atf_input_variable_17a72288df60220062fe6c7a4df26397'
                            id: 'aa6b62878040435fb4764ae03557dc26'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'a72154a1ee724ca68fde0dd5c6554165'
                        key: {
                            sys_security_acl: 'd5bab7922ac145b081d4139cf12c5364'
                            sys_user_role: {
                                id: 'a954aaa3fd00490382a60874806809be'
                                key: {
                                    name: 'x_itvc_value.demand_manager'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'a76683b54a3e45cbb901f8d8331f65dc'
                        key: {
                            name: 'x_itvc_value_benefit'
                            element: 'short_description'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'a7b1915c26ab4d23b239c4183a3e5790'
                        key: {
                            list_id: {
                                id: '2d6ca7b42bc54bea8f576b024501bd3d'
                                key: {
                                    name: 'x_itvc_value_rollup_run'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'state'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a7ed162598484367874874db72134459'
                        key: {
                            document_key: 'ce0c9aeccecf44dfa619bda655ccc461'
                            variable: 'ccae44d59f132200ef4afa7dc67fcf1e'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'a7ed4eaff3f94825a391154ef93c7515'
                        key: {
                            sys_security_acl: '47ae9b75f543491e8c3f3817433f8bf6'
                            sys_user_role: {
                                id: '1037a6ecc11e4258b04354973aec8f73'
                                key: {
                                    name: 'x_itvc_value.portfolio_owner'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'a80991b9cad148869e9f046cef2efbd3'
                        key: {
                            name: 'dmn_demand'
                            element: 'NULL'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'a86e5f8100fc40ee873bc4bf8fcb7668'
                        key: {
                            sys_security_acl: '8af0d25165614151b4978946b40e3a58'
                            sys_user_role: {
                                id: '1037a6ecc11e4258b04354973aec8f73'
                                key: {
                                    name: 'x_itvc_value.portfolio_owner'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'a888dbcdcdd144e786ad4aeb8dbd725a'
                        key: {
                            list_id: {
                                id: '9d9cb893a72d428ab71442c5ed6935b8'
                                key: {
                                    name: 'x_itvc_value_benefit_period'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'benefit'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a8d193b750f247bdbae11a7027eb9c1c'
                        key: {
                            document_key: 'd0b8d875b4a249da9efbeb520cec6213'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'a8e84431f8bc465d91f1b34602cb7ca8'
                        key: {
                            sys_security_acl: 'abce3d942fcf4723a22d57f116c80737'
                            sys_user_role: {
                                id: '6168292956ed41588199d96a0a354434'
                                key: {
                                    name: 'x_itvc_value.tagger'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'a907ed948fc143d7b56cdfefc20f1a49'
                        key: {
                            list_id: {
                                id: '2d6ca7b42bc54bea8f576b024501bd3d'
                                key: {
                                    name: 'x_itvc_value_rollup_run'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'from_period'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'a9145e41a6244e90b8c35eb3282dc2d9'
                        key: {
                            sys_security_acl: 'ff55d859c42c4aeaaea38044b830c919'
                            sys_user_role: {
                                id: 'baf4f21a060f4c3aa3cfefbec6ac3ed3'
                                key: {
                                    name: 'x_itvc_value.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a93cc6c37758448288540de3798030de'
                        key: {
                            document_key: 'abed87cb375b4cb3800095e4f6f283f6'
                            variable: '1985e0ceff2433008d3f5d9ad53bf1ba'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'a93d5b3d07f84590aadc942771151ea9'
                        key: {
                            list_id: {
                                id: 'c066ac69b13a4c4997020885b22c6bda'
                                key: {
                                    name: 'x_itvc_value_benefit_period'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'x_itvc_value_benefit'
                                }
                            }
                            element: 'period_end'
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
                        table: 'sys_documentation'
                        id: 'a961502daf184ae3893eda6c9dd3facb'
                        key: {
                            name: 'x_itvc_value_benefit'
                            element: 'project'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'a969af823e9a4fe8b0b009dc4d9fedd6'
                        key: {
                            sys_security_acl: 'cafd95083d3442aba703161df57a56e3'
                            sys_user_role: {
                                id: 'a2aa8ad8974d462e8ed9fb568e6ae905'
                                key: {
                                    name: 'x_itvc_value.viewer'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a9c0d357d49e47788fc6b84491750cad'
                        key: {
                            document_key: '2178a7627a624cc5b3e17aa93fea1b97'
                            variable: '334b7bb7675003007ba405225685ef72'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'a9ee934fc94c4b3aaf4b3bea4c50c90f'
                        deleted: true
                        key: {
                            sys_security_acl: '5b268414573248fda1637489b3713621'
                            sys_user_role: {
                                id: 'baf4f21a060f4c3aa3cfefbec6ac3ed3'
                                key: {
                                    name: 'x_itvc_value.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'aa2bf21b6f6c47e6832f0a5cf2970c15'
                        key: {
                            name: 'x_itvc_value_criterion'
                            element: 'formula_role'
                            value: 'effort'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'aa5efd8d29114df19b07991b9667f587'
                        key: {
                            name: 'x_itvc_value_score_history'
                            element: 'old_score'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'aab6c10c109e4f4586036955fe42fdfe'
                        key: {
                            document_key: 'b00b6b8bcc6e4f2bb87796dae5d4e577'
                            variable: 'cbddfa135320220002c6435723dc3415'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'aac40571a5834fecb14f303179abce53'
                        key: {
                            document_key: '18dfb66f5d2140e1821202a7ca9bd628'
                            variable: '1985e0ceff2433008d3f5d9ad53bf1ba'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'aadd2c4ee2cd4ca28c9338ece2775467'
                        key: {
                            name: 'x_itvc_value_rollup_run'
                            element: 'entries_written'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'aaf30e682dc240ddaf42904ee20e6c51'
                        key: {
                            name: 'pm_project'
                            element: 'x_itvc_value_value_category'
                            value: 'revenue'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ab21477d94a449128369ff4ba31770d9'
                        key: {
                            document_key: 'ad7a82c90e384fcbb40dba0d1c92f23f'
                            variable: 'bc4c43935320220002c6435723dc34a2'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'ab688f0ca6514367bf6d1ff83fe8c417'
                        key: {
                            field: 'record_id'
                            table: 'var__m_atf_input_variable_1f39a288df60220062fe6c7a4df2639d'
                            id: '05b8d3374bbb4b558003847799d528d2'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ab6f93120b9942c696708b9eb09c6d61'
                        key: {
                            document_key: 'fce87fa55b9945e3a55d2f87e29af3f6'
                            variable: '98c44875ffa033008d3f5d9ad53bf1fa'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ab8dc85bd5fb45c68614b1bb40b9e75a'
                        key: {
                            document_key: 'd09453b74cca4849861e8b629a365778'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'aba231495f264644a1a896e87249aa3d'
                        key: {
                            name: 'x_itvc_value_benefit'
                            element: 'type'
                            value: 'productivity'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'abd5b2f93991417285cd8e6fb3b37f4f'
                        key: {
                            name: 'x_itvc_value_criterion'
                            element: 'key'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'abfa3d33d99b4230a4a86fd718fc79e6'
                        key: {
                            name: 'x_itvc_value_scorecard_entry'
                            element: 'value'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'ac0e0b4481414b14bfc545c00a3e0654'
                        key: {
                            name: 'x_itvc_value_scorecard_entry'
                            element: 'delta'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'ac2ea132995f4d369c654cab1f139d09'
                        key: {
                            name: 'x_itvc_value_scorecard_entry'
                            element: 'status'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ac43777f29744e2bbd36c4394dd51fbe'
                        key: {
                            document_key: '7f2d91ea10234a449cc7463fd3197d0d'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ac62b2f7bfb14813b5dcb4f9ce3d956c'
                        key: {
                            document_key: 'c93ed50a531842c188795319ba8a86c9'
                            variable: '67400008676003007ba405225685efa4'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'ac93cfc6b6d942268546c8827372bf61'
                        key: {
                            list_id: {
                                id: '6089b449a8974124ba1b92e41ac9b249'
                                key: {
                                    name: 'x_itvc_value_metric'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'target'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'acbdbe0c8812465eb428db248593d53e'
                        key: {
                            list_id: {
                                id: '5a7476404ee0477d8cf08d5f64cf78f7'
                                key: {
                                    name: 'pm_project'
                                    view: {
                                        id: '389af456384642529e2c0894c0ad5bd8'
                                        key: {
                                            name: 'x_itvc_value_benefits'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'primary_portfolio'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'aceaa0eea06b4c9d80ae0b4976c2dd64'
                        key: {
                            sys_security_acl: '44af5e228ff649239e59a29542279228'
                            sys_user_role: {
                                id: 'baf4f21a060f4c3aa3cfefbec6ac3ed3'
                                key: {
                                    name: 'x_itvc_value.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'acf4884cf3f9434584842e8a3c9ea57c'
                        key: {
                            name: 'pm_project'
                            element: 'x_itvc_value_realised_benefit'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'ad04906c967b49d09c06a42d31f6afaa'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_14872288df60220062fe6c7a4df26319'
                            id: '9a9f172ca92f4f9ca9121080d1a72b95'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'ad07420624954d119662408f1e774ec0'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_14872288df60220062fe6c7a4df26319'
                            id: '67dddc61834c40f2a90c4deda2d9715c'
                        }
                    },
                    {
                        table: 'sys_ui_section'
                        id: 'ad149286c23b400988777a2bfd98ed0d'
                        key: {
                            name: 'x_itvc_value_service_profile'
                            caption: 'Service value profile'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ad28252a495245c881a1bc0a158a5c0a'
                        key: {
                            document_key: '7a83fd6b317941fb87612fce6bd18d17'
                            variable: '46dbcb535320220002c6435723dc3409'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'ad29d0456bff4e2ba76bdd63ea491609'
                        key: {
                            name: 'x_itvc_value_snapshot'
                            element: 'period_end'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: 'ad3d938796c7432085364eca17cd0487'
                        key: {
                            name: 'x_itvc_value_metric'
                            element: 'perspective'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'ad5576fa63ed4b63a87b4f9cc43407c6'
                        key: {
                            name: 'x_itvc_value_benefit'
                            element: 'currency'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'ad5e51748c9944b7a3102df80d72198e'
                        key: {
                            name: 'x_itvc_value_benefit'
                            element: 'at_risk_notified_on'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'adc38951d7114072accf6a02da49e754'
                        key: {
                            field: 'record_id'
                            table: 'var__m_atf_input_variable_17a72288df60220062fe6c7a4df26397'
                            id: '2178a7627a624cc5b3e17aa93fea1b97'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'adde95b4d181416e9e687b7ecd26f2be'
                        key: {
                            sys_security_acl: 'cfdda8b719994cdcbfaf4da283423754'
                            sys_user_role: {
                                id: 'baf4f21a060f4c3aa3cfefbec6ac3ed3'
                                key: {
                                    name: 'x_itvc_value.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ae01801ba0ab4bb280331513932c4900'
                        key: {
                            document_key: '61ab40ca03864afba3d7a37839d3cd45'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'ae499b2963e44272a6d5a86b022a81b2'
                        key: {
                            sys_security_acl: 'e6498bc396ca450385021f38b5a7ccd2'
                            sys_user_role: {
                                id: 'a954aaa3fd00490382a60874806809be'
                                key: {
                                    name: 'x_itvc_value.demand_manager'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'ae692d8759f848b39569c6b3208a02b6'
                        key: {
                            sys_security_acl: '936b5072386846d0be70f08a769c5e2c'
                            sys_user_role: '2831a114c611228501d4ea6c309d626d'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'aec04977f171476aaaf31d8c48c13a9e'
                        key: {
                            document_key: 'f4bc48d8697e4d5da293977669def38b'
                            variable: 'cbddfa135320220002c6435723dc3415'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'aec69eec9cc04956b936bd7114bf4f23'
                        key: {
                            document_key: '7a83fd6b317941fb87612fce6bd18d17'
                            variable: '501c8f535320220002c6435723dc34da'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'aef877eb42114f1286989de38bfd75f6'
                        key: {
                            sys_security_acl: '5f3025841e7f427380c0853ca636aea5'
                            sys_user_role: {
                                id: 'baf4f21a060f4c3aa3cfefbec6ac3ed3'
                                key: {
                                    name: 'x_itvc_value.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'aefb82f285a943a2a830df9f212b9d52'
                        key: {
                            name: 'x_itvc_value_metric'
                            element: 'perspective'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'af11dbd1ae0445ea8ce7ca5a39fa31f6'
                        key: {
                            name: 'pm_project'
                            element: 'x_itvc_value_score'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'af4059c9e4014c1798048a624a6b0b19'
                        key: {
                            list_id: {
                                id: '64b793d3105d4105b2d581d8d4bbbae5'
                                key: {
                                    name: 'x_itvc_value_score_history'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'old_score'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'af47e2bcee1b47889c6b0b4bbf1c8b29'
                        key: {
                            document_key: 'aca4dd38831d43e5ae93abab5d7a5162'
                            variable: 'cbddfa135320220002c6435723dc3415'
                        }
                    },
                    {
                        table: 'sys_ui_list'
                        id: 'af65d2e9628a407e88f4f8dadaa400be'
                        key: {
                            name: 'x_itvc_value_scorecard_entry'
                            view: {
                                id: 'c8d5ef79559249b78cca5d2f75277b00'
                                key: {
                                    name: 'x_itvc_value_scorecard_reds'
                                }
                            }
                            sys_domain: 'global'
                            element: 'NULL'
                            relationship: 'NULL'
                            parent: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'af69f49150b3483eb32bbf4e977b343e'
                        key: {
                            name: 'x_itvc_value_benefit_period'
                            element: 'period_end'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'af6ee40d5aad40039ecd9f0517150489'
                        key: {
                            field: 'record_id'
                            table: 'var__m_atf_input_variable_1f39a288df60220062fe6c7a4df2639d'
                            id: '0de51c95cf114c5eaab340ba24116e34'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'af70029b91f946fb8f21e9fb845584d4'
                        key: {
                            document_key: '1d9e72b2f4e146eba5f32b19ac00e834'
                            variable: '6f69fc4aff6433008d3f5d9ad53bf18c'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: 'af7da6dc6cc84fc3a6c34939ce4919ef'
                        key: {
                            name: 'dmn_demand'
                            element: 'x_itvc_value_score_status'
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
                        table: 'sys_variable_value'
                        id: 'afd33d01688045f7a53ba40827ac4417'
                        key: {
                            document_key: 'ad0a9f6bcfdb46e7a0993731e57a8fcd'
                            variable: 'f0eec4d59f132200ef4afa7dc67fcf6d'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'afd81931f7344d9a8723d860a03e4e81'
                        key: {
                            sys_ui_section: {
                                id: '634d2b00456b42848dde9b187f661412'
                                key: {
                                    name: 'dmn_demand'
                                    caption: 'Demand'
                                    view: {
                                        id: '5cac41bdd22941ae8b87d2fc4c11aaa2'
                                        key: {
                                            name: 'x_itvc_value_scoring'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'number'
                            position: '1'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'afdcb4a0423a4b64aab50d6714288363'
                        key: {
                            sys_ui_section: {
                                id: '6306cb30e19f4477b9ca66b6693a552e'
                                key: {
                                    name: 'dmn_demand'
                                    caption: 'Value scoring'
                                    view: {
                                        id: '5cac41bdd22941ae8b87d2fc4c11aaa2'
                                        key: {
                                            name: 'x_itvc_value_scoring'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'x_itvc_value_score'
                            position: '3'
                        }
                    },
                    {
                        table: 'ua_table_licensing_config'
                        id: 'afe605113ba44fa4b02e74de46e3aa05'
                        key: {
                            name: 'dmn_demand'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'b06cd5480b164193bbc970acad73568c'
                        key: {
                            sys_ui_section: {
                                id: 'cb15a9b8ca6f48f9835119fda22a84b8'
                                key: {
                                    name: 'x_itvc_value_benefit'
                                    caption: 'Benefit'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'owner'
                            position: '5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b0c1c30fefb2447a997747e0720d64db'
                        key: {
                            document_key: '7f2d91ea10234a449cc7463fd3197d0d'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'b0d9a11cf1d44ab6ac00d8d5abfd4458'
                        key: {
                            name: 'dmn_demand'
                            element: 'x_itvc_value_rice'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'b0e09f5ad89e4188a7236144f5a161d7'
                        key: {
                            list_id: {
                                id: '2d6ca7b42bc54bea8f576b024501bd3d'
                                key: {
                                    name: 'x_itvc_value_rollup_run'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'to_period'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b0f371225271438b96f4fd73a580f267'
                        key: {
                            document_key: '2bb9c72e30ed417faa06cbae12f4bf43'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'b108bf8e726c4b53a08a713134d9b96e'
                        key: {
                            name: 'x_itvc_value_benefit_period'
                            element: 'rate'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'b146821bd3c74bd4a84ec33adc0f77df'
                        key: {
                            name: 'x_itvc_value_scorecard_entry'
                            element: 'status'
                            value: 'amber'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'b14809f3cdc449b3ae82f074b7db71d4'
                        key: {
                            field: 'record_id'
                            table: 'var__m_atf_input_variable_1f39a288df60220062fe6c7a4df2639d'
                            id: 'e7ce0c1340b6404eb9712cf822e42f0c'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'b1602313d6b34bac93a58864b149107a'
                        key: {
                            list_id: {
                                id: '0a495452caf746c587a9cb97b802e660'
                                key: {
                                    name: 'x_itvc_value_service_profile'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'typical_users'
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
                        table: 'sys_security_acl_role'
                        id: 'b1937b8004e74c828b7081d9d287a9e3'
                        key: {
                            sys_security_acl: 'df95f5bd01234ca68fff42c5b337d220'
                            sys_user_role: {
                                id: 'cd33d2fba23f48e09663313589e0b243'
                                key: {
                                    name: 'x_itvc_value.benefit_owner'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'b1b3b906eeb64c1688b133a2140c800c'
                        key: {
                            list_id: {
                                id: 'd8b91cf2a7d742d79ea608a09e7aac97'
                                key: {
                                    name: 'dmn_demand'
                                    view: {
                                        id: '5cac41bdd22941ae8b87d2fc4c11aaa2'
                                        key: {
                                            name: 'x_itvc_value_scoring'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'x_itvc_value_rank'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'b1efd45c81e14a95a62b371fdee82078'
                        key: {
                            name: 'x_itvc_value_rollup_run'
                            element: 'state'
                            value: 'running'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b2301a6a237e4be8b6fa81fbd99df6eb'
                        key: {
                            document_key: 'eb21128333ab4589b7a15643b86b7681'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'b254ae7a14be44b0a005beb17c95112a'
                        key: {
                            name: 'x_itvc_value_rollup_run'
                            element: 'resume_point'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'b27166b22e1b4b5db47c2ee77254a7fa'
                        key: {
                            sys_ui_section: {
                                id: '6306cb30e19f4477b9ca66b6693a552e'
                                key: {
                                    name: 'dmn_demand'
                                    caption: 'Value scoring'
                                    view: {
                                        id: '5cac41bdd22941ae8b87d2fc4c11aaa2'
                                        key: {
                                            name: 'x_itvc_value_scoring'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.end_split'
                            position: '10'
                        }
                    },
                    {
                        table: 'sys_index'
                        id: 'b2a3df7903044eb29a32cf9ac28e283e'
                        key: {
                            logical_table_name: 'x_itvc_value_benefit'
                            col_name_string: 'project'
                        }
                    },
                    {
                        table: 'sys_ws_query_parameter_map'
                        id: 'b2b50eef13d84796a47293226dfdc693'
                        key: {
                            web_service_operation: '7190e675464c4f4c83af2496f990f60d'
                            web_service_query_parameter: '1695ce8892ca46fa8b72d119d9eb9572'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b2c37c6cd45c47eb82a5dadf910a4ef7'
                        key: {
                            document_key: '56e3bc929ad64fa992d2595b65e97956'
                            variable: '1778a7480f20101091d0f00c97767e03'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'b2f404bcade140b697dc9cafb9d98e3f'
                        key: {
                            name: 'x_itvc_value_snapshot'
                            element: 'period_start'
                        }
                    },
                    {
                        table: 'sys_ui_form'
                        id: 'b32c5ff325934ea2989347bc43926547'
                        key: {
                            name: 'x_itvc_value_benefit'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'b353ad2d30e44b17a07506fea4d4e614'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_14872288df60220062fe6c7a4df26319'
                            id: 'df72bcd0a6ba466e81eaa28dd6805359'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'b36f820a49c243e4bbc2c9df9270d495'
                        key: {
                            name: 'x_itvc_value_benefit_period'
                            element: 'rate'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b370467fd3304a59a5e4c0130010609f'
                        key: {
                            document_key: '3cee86da325743948a7ae182f79c363e'
                            variable: '334b7bb7675003007ba405225685ef72'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'b38dcba766d74089b56e523e5831b361'
                        key: {
                            sys_security_acl: '341fa807a36f466abbbb7d1b4b7c299f'
                            sys_user_role: {
                                id: 'baf4f21a060f4c3aa3cfefbec6ac3ed3'
                                key: {
                                    name: 'x_itvc_value.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b3e7d91782594b91b994db50472647c9'
                        key: {
                            document_key: '1d9e72b2f4e146eba5f32b19ac00e834'
                            variable: '1778a7480f20101091d0f00c97767e03'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'b42889b17b964bbdbb6865b0879d5f5b'
                        key: {
                            name: 'x_itvc_value_benefit'
                            element: 'category'
                            value: 'soft'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b437d40a4bc24bab9a611ed2c78ec844'
                        key: {
                            document_key: '2e0aa0fe16c6466b90ba28533f73dd05'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'b48295bbcaf74f54a8080e17798d1215'
                        key: {
                            name: 'x_itvc_value_snapshot'
                            element: 'dimension'
                            value: 'value_category'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'b4a0b13710624fa48572298e07cf4020'
                        key: {
                            name: 'x_itvc_value_criterion'
                            element: 'formula_role'
                            value: 'job_size'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'b50847031ad14a71910c256fd49ca076'
                        key: {
                            sys_security_acl: 'db2e0655126446e3889a20ecef29a688'
                            sys_user_role: {
                                id: 'baf4f21a060f4c3aa3cfefbec6ac3ed3'
                                key: {
                                    name: 'x_itvc_value.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b575e366356f4961832d21b84980f6b8'
                        key: {
                            document_key: 'a469dba1866e47f5a84daad084bbceb4'
                            variable: '1985e0ceff2433008d3f5d9ad53bf1ba'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'b585175d4a394e5a875295afeb421b58'
                        key: {
                            name: 'x_itvc_value_criterion'
                            element: 'name'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'b5da3dbaeffd47299cf7220efc5943dd'
                        key: {
                            name: 'x_itvc_value_scoring_model'
                            element: 'name'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'b5df2fa5873e4db6ad1ba0435f288151'
                        key: {
                            sys_ui_section: {
                                id: '6d4f18edcba04331a19f668be8c52e60'
                                key: {
                                    name: 'dmn_demand'
                                    caption: 'Demand'
                                    view: {
                                        id: '389af456384642529e2c0894c0ad5bd8'
                                        key: {
                                            name: 'x_itvc_value_benefits'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.end_split'
                            position: '8'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b62037af76fc4fc79e7d51cda93c439e'
                        key: {
                            document_key: 'd19e3f7d88a84a3b9a042c759e051f9f'
                            variable: '02fb0027531000109e02ddeeff7b120b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b63485168aa04435b4df1b1ea4754437'
                        key: {
                            document_key: '18dfb66f5d2140e1821202a7ca9bd628'
                            variable: 'ff06ab840f20101091d0f00c97767e6d'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'b6b23d6264414a43a2fd76258ba57416'
                        key: {
                            sys_ui_section: {
                                id: '21c7e06345ed43c29daafaae8d426dec'
                                key: {
                                    name: 'incident'
                                    caption: 'Business value'
                                    view: {
                                        id: '48443e5bd1444433a7bd843e82f2588f'
                                        key: {
                                            name: 'x_itvc_value_business_value'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'x_itvc_value_notes'
                            position: '13'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'b6c0d3aea0484ccaab2b089da21c9847'
                        key: {
                            name: 'x_itvc_value_scoring_model'
                            element: 'rescore_reason'
                        }
                    },
                    {
                        table: 'sys_index'
                        id: 'b6dd04b4d67e48ecbf6338a83f7e1b55'
                        key: {
                            logical_table_name: 'x_itvc_value_snapshot'
                            col_name_string: 'period_label,dimension,dimension_key'
                        }
                    },
                    {
                        table: 'sys_ui_form'
                        id: 'b6f4cf070c83435ba9a560f99d52f947'
                        key: {
                            name: 'dmn_demand'
                            view: {
                                id: '5cac41bdd22941ae8b87d2fc4c11aaa2'
                                key: {
                                    name: 'x_itvc_value_scoring'
                                }
                            }
                            sys_domain: 'global'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'b718a2288bd24cc693d0cd6cfa84e47a'
                        key: {
                            name: 'x_itvc_value_benefit'
                            element: 'variance'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b719773958894dcdb3e183817fc0647a'
                        key: {
                            document_key: 'c87f84c303ac44a4a62306f832b33462'
                            variable: '6f69fc4aff6433008d3f5d9ad53bf18c'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'b72bbf9c99c043769adcceadb2fbaafc'
                        key: {
                            name: 'x_itvc_value_service_profile'
                            element: 'typical_users'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'b73bf2c8e0f64a6d9a2037e1bd7fed62'
                        key: {
                            list_id: {
                                id: 'ed43090160bc47ed9fe1a89919cd8425'
                                key: {
                                    name: 'x_itvc_value_snapshot'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'run'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'b7b153af8b6349c9845a2934d463b4d2'
                        key: {
                            name: 'x_itvc_value_metric'
                            element: 'NULL'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: 'b811bb981fac43ddbd30cf5129573793'
                        key: {
                            name: 'x_itvc_value_scorecard_entry'
                            element: 'judgement'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b9305a939ad04cb3a4a4ef1c36bbf0e8'
                        key: {
                            document_key: 'abed87cb375b4cb3800095e4f6f283f6'
                            variable: '6f69fc4aff6433008d3f5d9ad53bf18c'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'b935b90235054adb8bfa79aba5374865'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_14872288df60220062fe6c7a4df26319'
                            id: '80bafd5a249c46f1a4b66ce14df5ece2'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'b96cd37b752e44cc9e86ae237fa2ea1d'
                        key: {
                            sys_ui_section: {
                                id: 'cb15a9b8ca6f48f9835119fda22a84b8'
                                key: {
                                    name: 'x_itvc_value_benefit'
                                    caption: 'Benefit'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'type'
                            position: '2'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'b99a9ca057554ed6b329246d3cf36852'
                        key: {
                            list_id: {
                                id: '2df72ef07d0b47c79747d169ff3511ab'
                                key: {
                                    name: 'x_itvc_value_criterion'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'direction'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'b9b1c3bdced24397b4f244cfc9b75f68'
                        key: {
                            list_id: {
                                id: '0f1d1197bf1a4b76b3787821ad504f28'
                                key: {
                                    name: 'x_itvc_value_rating'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'comment'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'b9bdb4da9b394b3d8ef5d5fb33f62214'
                        key: {
                            name: 'x_itvc_value_benefit_period'
                            element: 'NULL'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'ba0fa974398c4ed3b419f2d41e8866c7'
                        key: {
                            name: 'x_itvc_value_metric'
                            element: 'active'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'ba17547fd41b494095d5d55c6c0a637c'
                        key: {
                            name: 'x_itvc_value_benefit'
                            element: 'at_risk_notified_on'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'ba52f90f33ae42858d1c957073a98492'
                        key: {
                            sys_ui_section: {
                                id: '3b2522f45c0d4c52b1d1e35ec6e7a821'
                                key: {
                                    name: 'x_itvc_value_scoring_model'
                                    caption: 'Scoring model'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.end_split'
                            position: '8'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'ba6c01b6c90c429cba8e584fcdc95ed6'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_14872288df60220062fe6c7a4df26319'
                            id: '2227ea9cb89b439081ee382dfc3f9934'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'bab06a8f071746659df23a1c5faaad77'
                        key: {
                            field: 'record_id'
                            table: 'var__m_atf_input_variable_1f39a288df60220062fe6c7a4df2639d'
                            id: 'fcd7027305e74810a9b2cc7ad2d9a825'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'bab64081d2d04531aaf88311a602d4c8'
                        key: {
                            document_key: '3cee86da325743948a7ae182f79c363e'
                            variable: '501c8f535320220002c6435723dc34da'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'bab6adece550463c970ba4e2c2822e5d'
                        key: {
                            sys_security_acl: '7cb8ca9e04524a0fb99246a12c283002'
                            sys_user_role: {
                                id: 'a2aa8ad8974d462e8ed9fb568e6ae905'
                                key: {
                                    name: 'x_itvc_value.viewer'
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
                        table: 'sys_ui_list_element'
                        id: 'bb053d5e53e844edadd9c63fa7e3b46f'
                        key: {
                            list_id: {
                                id: 'ee0a3fd2cd144eb28a491037319b7614'
                                key: {
                                    name: 'x_itvc_value_benefit'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'demand'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'bb105084b5984d29a139b5bc0a490b37'
                        key: {
                            document_key: 'fce87fa55b9945e3a55d2f87e29af3f6'
                            variable: '6f69fc4aff6433008d3f5d9ad53bf18c'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'bb293c8152ad46d2898abeffca083fcd'
                        key: {
                            sys_ui_section: {
                                id: 'f7cc1878599a4d4eb62194e71f1bd11a'
                                key: {
                                    name: 'incident'
                                    caption: 'Incident'
                                    view: {
                                        id: '48443e5bd1444433a7bd843e82f2588f'
                                        key: {
                                            name: 'x_itvc_value_business_value'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'assignment_group'
                            position: '7'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'bb824b344b074beca349b30065b0c21c'
                        key: {
                            name: 'x_itvc_value_rollup_run'
                            element: 'entries_written'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'bb85e3022c9c4f11bb7eca7c45234c27'
                        key: {
                            list_id: {
                                id: 'f0d275a0ad654b8a88cebc6bdf82c457'
                                key: {
                                    name: 'incident'
                                    view: {
                                        id: '48443e5bd1444433a7bd843e82f2588f'
                                        key: {
                                            name: 'x_itvc_value_business_value'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'x_itvc_value_impact_score'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'bba82ca91444451eb00fcd5daa323920'
                        key: {
                            document_key: '67dddc61834c40f2a90c4deda2d9715c'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'bbb85f1560724be2a1b98eaf64c4ebfc'
                        key: {
                            document_key: '61b727966f4142828b6c737349050a39'
                            variable: '6aad5a575360220002c6435723dc34b0'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'bbd88d2756d8466c92d50c9be3cd6dac'
                        key: {
                            document_key: '61ab40ca03864afba3d7a37839d3cd45'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'bbe15ada3b8e44ef92589c94d02a0f56'
                        key: {
                            name: 'x_itvc_value_benefit'
                            element: 'state'
                            value: 'realising'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'bbe956cfa65f4f669071b571463708f1'
                        key: {
                            name: 'dmn_demand'
                            element: 'x_itvc_value_wsjf'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'bc0a2bd9e2ee4bd5b31f2004858299ca'
                        key: {
                            list_id: {
                                id: 'af65d2e9628a407e88f4f8dadaa400be'
                                key: {
                                    name: 'x_itvc_value_scorecard_entry'
                                    view: {
                                        id: 'c8d5ef79559249b78cca5d2f75277b00'
                                        key: {
                                            name: 'x_itvc_value_scorecard_reds'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'scorecard.period_label'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'bc0bc4bad7f741b194bd6dca322714f0'
                        key: {
                            sys_security_acl: 'dc5190c288804a13bf786c110c2a41f4'
                            sys_user_role: {
                                id: 'baf4f21a060f4c3aa3cfefbec6ac3ed3'
                                key: {
                                    name: 'x_itvc_value.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'bc177852e80f4b5ca56637259a885d1b'
                        key: {
                            list_id: {
                                id: 'af65d2e9628a407e88f4f8dadaa400be'
                                key: {
                                    name: 'x_itvc_value_scorecard_entry'
                                    view: {
                                        id: 'c8d5ef79559249b78cca5d2f75277b00'
                                        key: {
                                            name: 'x_itvc_value_scorecard_reds'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'value'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'bc181e62243c47c2a22f61d77bf34cb6'
                        key: {
                            field: 'record_id'
                            table: 'var__m_atf_input_variable_17a72288df60220062fe6c7a4df26397'
                            id: 'ad7a82c90e384fcbb40dba0d1c92f23f'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'bc480c9d35a84f5980cfe54e4b9fae79'
                        key: {
                            name: 'x_itvc_value_scorecard_entry'
                            element: 'trend'
                            value: 'flat'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'bc61a9ca0a2e458aaaa97b28472deb0a'
                        deleted: true
                        key: {
                            list_id: {
                                id: '762288e3dd6f460c989d09e9d8761830'
                                key: {
                                    name: 'x_itvc_value_scorecard'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'computed_at'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'bc80a78676ee47e9b9348ced195edea1'
                        key: {
                            sys_security_acl: 'ac63abf640664333a1455d7439d10fd8'
                            sys_user_role: {
                                id: 'baf4f21a060f4c3aa3cfefbec6ac3ed3'
                                key: {
                                    name: 'x_itvc_value.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'bc9816961e204006922dffcf536d1665'
                        key: {
                            list_id: {
                                id: 'e7dfe4e278604a5292bba0668cd9ff20'
                                key: {
                                    name: 'x_itvc_value_exchange_rate'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'rate'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'bc9fd0d923bd4ec1a45ad794259a8dd0'
                        key: {
                            name: 'x_itvc_value_rating'
                            element: 'value'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'bca8f52cdd604d77b58bd0d381d9924a'
                        key: {
                            document_key: '7192b88e47d14f5f844bfc2168543e3e'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'bcbd76a026994755a8390f552ed35026'
                        key: {
                            list_id: {
                                id: '6089b449a8974124ba1b92e41ac9b249'
                                key: {
                                    name: 'x_itvc_value_metric'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'active'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'bcc39ff8f703447399c9743950c7e4f4'
                        key: {
                            document_key: '76a61484c5eb486388ccc20db306e43e'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'bd2e568e29a24842b12de53925cb48d1'
                        key: {
                            document_key: 'd549c752ed944baeb544d3575f7b0781'
                            variable: '52ed1e5b5360220002c6435723dc3421'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'bd3fc4e3934643599baf34a5a2526009'
                        key: {
                            sys_ui_section: {
                                id: '21c7e06345ed43c29daafaae8d426dec'
                                key: {
                                    name: 'incident'
                                    caption: 'Business value'
                                    view: {
                                        id: '48443e5bd1444433a7bd843e82f2588f'
                                        key: {
                                            name: 'x_itvc_value_business_value'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'x_itvc_value_tagged_at'
                            position: '11'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'bd5fd0382dc848c5a165cb8bebeb337e'
                        key: {
                            list_id: {
                                id: '9d9cb893a72d428ab71442c5ed6935b8'
                                key: {
                                    name: 'x_itvc_value_benefit_period'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'realised_amount'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'bdc4898f7e8c4fb6ba6324253936406e'
                        key: {
                            document_key: 'ec406eeb68c743fd8a4a6e63de7016d5'
                            variable: 'bc4c43935320220002c6435723dc34a2'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'be347115062249debe989a864a12a778'
                        key: {
                            sys_ui_section: {
                                id: 'ad149286c23b400988777a2bfd98ed0d'
                                key: {
                                    name: 'x_itvc_value_service_profile'
                                    caption: 'Service value profile'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.split'
                            position: '4'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'be90ad3678e4491bad156d02ff8b82e8'
                        key: {
                            list_id: {
                                id: '5a7476404ee0477d8cf08d5f64cf78f7'
                                key: {
                                    name: 'pm_project'
                                    view: {
                                        id: '389af456384642529e2c0894c0ad5bd8'
                                        key: {
                                            name: 'x_itvc_value_benefits'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'short_description'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'bef620c797034ce9a928d6efbf158847'
                        key: {
                            name: 'x_itvc_value_scoring_model'
                            element: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'bf610550883b4f0ab33d46f5a4f8ea6a'
                        key: {
                            document_key: 'b68c8b9eda2545c29d0787fb1730c818'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'bf6f6da5bbad4fe983ebfe0fdef64315'
                        key: {
                            name: 'x_itvc_value_snapshot'
                            element: 'period_type'
                            value: 'quarter'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'bf72445b28f744cfa3a8268ed6a31b98'
                        key: {
                            name: 'x_itvc_value_criterion'
                            element: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'bf96299c37614661beff5050184d2c9b'
                        deleted: true
                        key: {
                            list_id: {
                                id: '762288e3dd6f460c989d09e9d8761830'
                                key: {
                                    name: 'x_itvc_value_scorecard'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'dimension'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'bfa88830cd8f409abd02db48f15dd90e'
                        key: {
                            document_key: '2178a7627a624cc5b3e17aa93fea1b97'
                            variable: 'bc4c43935320220002c6435723dc34a2'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'bfc68a9dc1944e9f9f0b5ab0765de7a9'
                        key: {
                            name: 'incident'
                            element: 'x_itvc_value_tagged_by'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_form'
                        id: 'bfe4c94b748f4021a990668a8079c26d'
                        key: {
                            name: 'incident'
                            view: {
                                id: '48443e5bd1444433a7bd843e82f2588f'
                                key: {
                                    name: 'x_itvc_value_business_value'
                                }
                            }
                            sys_domain: 'global'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'bfef9689277a40f89662ac04a4f92c2b'
                        key: {
                            document_key: '01776e148c25449f87294776ce67389c'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: 'c027ae2b3bd94ac38f26ca801354d8be'
                        key: {
                            name: 'x_itvc_value_benefit'
                            element: 'perspective'
                        }
                    },
                    {
                        table: 'sys_ui_list'
                        id: 'c066ac69b13a4c4997020885b22c6bda'
                        key: {
                            name: 'x_itvc_value_benefit_period'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                            element: 'NULL'
                            relationship: 'NULL'
                            parent: 'x_itvc_value_benefit'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'c0832773b44749b99f3b1620e34e3ba2'
                        key: {
                            list_id: {
                                id: 'ee0a3fd2cd144eb28a491037319b7614'
                                key: {
                                    name: 'x_itvc_value_benefit'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'state'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'c09821df94444126b855103e4426314c'
                        key: {
                            sys_security_acl: '46caa8fe153545149e689f2035db7c02'
                            sys_user_role: {
                                id: '3568fa2374ea4f389ffe9249ae3b4401'
                                key: {
                                    name: 'x_itvc_value.assessor'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'c0d646e6836047dca231a33cb29dde5e'
                        deleted: true
                        key: {
                            name: 'x_itvc_value_scorecard'
                            element: 'computed_at'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'c0d6b3ba311d48558974374cb636628d'
                        key: {
                            name: 'x_itvc_value_rollup_run'
                            element: 'chunks_done'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c0f07b5d7b46449cacf20248603b61b7'
                        key: {
                            document_key: 'a0695f10981e4779a44ab0feb67ac527'
                            variable: 'cec002650b3222000b7da95e93673aae'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c0f9e4504c454235950bfb015b314095'
                        key: {
                            document_key: '7a83fd6b317941fb87612fce6bd18d17'
                            variable: '334b7bb7675003007ba405225685ef72'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'c120c9fd1d034faf82b3e1285627d612'
                        key: {
                            list_id: {
                                id: '64b793d3105d4105b2d581d8d4bbbae5'
                                key: {
                                    name: 'x_itvc_value_score_history'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'demand'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c16331ab5d384f48b77c7b563d2e6284'
                        key: {
                            document_key: '56e3bc929ad64fa992d2595b65e97956'
                            variable: 'b27b2b29ff6033008d3f5d9ad53bf164'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c1fb1b8e81ad4baaa09482dc3650c797'
                        key: {
                            document_key: '2bb9c72e30ed417faa06cbae12f4bf43'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_ws_query_parameter_map'
                        id: 'c2b499ebf47743ae862fe9f81e8b2bba'
                        key: {
                            web_service_operation: '8d88507efc7a4408a50f730a27c0bb57'
                            web_service_query_parameter: '13da4c105aff4611bc4a814c9d6bd17c'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c2fd41225cca491f8fc203ee34989101'
                        key: {
                            document_key: '1d9d409dbc2948c1a01724a8a78a0436'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'c357085e704e4aa7ae904a9e2dd7f52f'
                        key: {
                            name: 'x_itvc_value_scoring_model'
                            element: 'active'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c383f3a834174ee5b9aa7fb3082f8389'
                        key: {
                            document_key: 'd19e3f7d88a84a3b9a042c759e051f9f'
                            variable: '915990ab531000109e02ddeeff7b12f8'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'c3885d6e971442ec8e036c8ce98328e2'
                        key: {
                            sys_security_acl: 'e98c4f2496b04ee9af86a5a54344ec37'
                            sys_user_role: {
                                id: 'a2aa8ad8974d462e8ed9fb568e6ae905'
                                key: {
                                    name: 'x_itvc_value.viewer'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'c38b8510eebc49ab99a7e1d0d06e2b31'
                        key: {
                            name: 'dmn_demand'
                            element: 'x_itvc_value_ranking_value'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'c3a97c21a6db4564a0befaebe9794b86'
                        key: {
                            name: 'dmn_demand'
                            element: 'x_itvc_value_value_category'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'c3c01091b91a4351a467aacdac49b8df'
                        key: {
                            field: 'record_id'
                            table: 'var__m_atf_input_variable_1f39a288df60220062fe6c7a4df2639d'
                            id: '61b727966f4142828b6c737349050a39'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'c3dcffeaf6cc49f385b878d947dd28f1'
                        key: {
                            list_id: {
                                id: 'f0d275a0ad654b8a88cebc6bdf82c457'
                                key: {
                                    name: 'incident'
                                    view: {
                                        id: '48443e5bd1444433a7bd843e82f2588f'
                                        key: {
                                            name: 'x_itvc_value_business_value'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'x_itvc_value_outage_minutes'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'c3fcfd3433df44359f6e6d28721f29f2'
                        key: {
                            name: 'x_itvc_value_criterion'
                            element: 'formula_role'
                            value: 'risk_reduction'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_index'
                        id: 'c4031dd720394101b2dd7ddd60d08fd5'
                        key: {
                            logical_table_name: 'x_itvc_value_benefit'
                            col_name_string: 'owner'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'c410a9a1ce924f86b16a3d39e74882ab'
                        key: {
                            list_id: {
                                id: '6089b449a8974124ba1b92e41ac9b249'
                                key: {
                                    name: 'x_itvc_value_metric'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'order'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c44a1deb78744fd385a0d214f3064874'
                        key: {
                            document_key: '9a9f172ca92f4f9ca9121080d1a72b95'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c44dbd20a79441d196e3b6b57044c2ba'
                        key: {
                            document_key: 'ad90e1978b4046fe8a23a2f2e4be24d3'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c4ebd9a70dfd411598fa98000b239441'
                        key: {
                            document_key: '26c06484e26745ed8b41815f9a4c2d53'
                            variable: 'cbddfa135320220002c6435723dc3415'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c4fa40b1d5264c138966afc5580903b9'
                        key: {
                            document_key: 'b8d3807f83df4d14b16dbbfc1c11c1e4'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'c4faea95f3f1418aa33fa5fb191abcf6'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_14872288df60220062fe6c7a4df26319'
                            id: '1d9d409dbc2948c1a01724a8a78a0436'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'c50d87fdcb47448094c1ee88f436b6bd'
                        key: {
                            field: 'record_id'
                            table: 'var__m_atf_input_variable_1f39a288df60220062fe6c7a4df2639d'
                            id: 'e5fdae1a33914deaa44222fd0de0aede'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: 'c6518e5b986c407789538a72b3de6eb7'
                        key: {
                            name: 'x_itvc_value_benefit'
                            element: 'measure'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'c67d720acdc54dd0850c3913fbd2c800'
                        key: {
                            name: 'x_itvc_value_score_history'
                            element: 'demand'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'c68008cad0cb42ee9a56694a97a4744a'
                        key: {
                            sys_ui_section: {
                                id: '6d4f18edcba04331a19f668be8c52e60'
                                key: {
                                    name: 'dmn_demand'
                                    caption: 'Demand'
                                    view: {
                                        id: '389af456384642529e2c0894c0ad5bd8'
                                        key: {
                                            name: 'x_itvc_value_benefits'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'project'
                            position: '3'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c688283bc3b94c538280b4f1d277a95d'
                        key: {
                            document_key: 'f5b7e64e13b941b4b1a8e29fc8bd6d5c'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'c6b239df88b3492c8b55386711dbd73d'
                        key: {
                            name: 'dmn_demand'
                            element: 'x_itvc_value_breakdown'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'c6c200bfd8c34fbf94dfc597105be6a0'
                        key: {
                            name: 'x_itvc_value_scoring_model'
                            element: 'rescore_reason'
                            value: 'model_change'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'c6d25937952747ed8dd2a83e40954922'
                        key: {
                            name: 'dmn_demand'
                            element: 'x_itvc_value_breakdown'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c6e0b489f7604d5196c9ce7c8c7ddd35'
                        key: {
                            document_key: 'aaddf7ccecee4d3183bc5694cb192f1f'
                            variable: '501c8f535320220002c6435723dc34da'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c72986e3b373411da6febe49ac3b6aa6'
                        key: {
                            document_key: 'ec406eeb68c743fd8a4a6e63de7016d5'
                            variable: '334b7bb7675003007ba405225685ef72'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'c732e6c2fe30415b8f8556b0d68e1582'
                        key: {
                            list_id: {
                                id: 'ed43090160bc47ed9fe1a89919cd8425'
                                key: {
                                    name: 'x_itvc_value_snapshot'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'computed_at'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c752abda281440b186e559598841146b'
                        key: {
                            document_key: '3cee86da325743948a7ae182f79c363e'
                            variable: '53fb0f535320220002c6435723dc34ec'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'c75415ffa3d54ed48b64131adb478d1e'
                        deleted: true
                        key: {
                            name: 'x_itvc_value_scorecard'
                            element: 'period_type'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c758897abbb24886afccec1bd55473f7'
                        key: {
                            document_key: 'fce87fa55b9945e3a55d2f87e29af3f6'
                            variable: 'ff06ab840f20101091d0f00c97767e6d'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c7bca703ef2142f48b51f2fa19a1539a'
                        key: {
                            document_key: 'e20c1d4594d94deaa33a25a9606da5e6'
                            variable: '586e2c4253e0220002c6435723dc3415'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'c7ef751d40e647b9a0f849238388e692'
                        key: {
                            sys_security_acl: '205bc6e7e7e54ef0bfe9c5f43d67cc3b'
                            sys_user_role: {
                                id: 'a2aa8ad8974d462e8ed9fb568e6ae905'
                                key: {
                                    name: 'x_itvc_value.viewer'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_ui_form'
                        id: 'c850677583c9440e893d2db41e515575'
                        key: {
                            name: 'pm_project'
                            view: {
                                id: '389af456384642529e2c0894c0ad5bd8'
                                key: {
                                    name: 'x_itvc_value_benefits'
                                }
                            }
                            sys_domain: 'global'
                        }
                    },
                    {
                        table: 'sys_index'
                        id: 'c85c21883a4f4dffa85d2954e8ea1d92'
                        key: {
                            logical_table_name: 'x_itvc_value_benefit_period'
                            col_name_string: 'period_end'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'c86266c6ca1946e7a66103ddadb40a12'
                        key: {
                            name: 'incident'
                            element: 'x_itvc_value_value_category'
                            value: 'customer'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'c867148302074473abae7666af6e4f37'
                        key: {
                            sys_ui_section: {
                                id: '21c7e06345ed43c29daafaae8d426dec'
                                key: {
                                    name: 'incident'
                                    caption: 'Business value'
                                    view: {
                                        id: '48443e5bd1444433a7bd843e82f2588f'
                                        key: {
                                            name: 'x_itvc_value_business_value'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'x_itvc_value_impact_score'
                            position: '9'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'c891e0f7b1074eba8df01a5f8030f990'
                        key: {
                            sys_ui_section: {
                                id: '8aaf4fa8d5c7411d88974e3118457fff'
                                key: {
                                    name: 'pm_project'
                                    caption: 'Benefit value'
                                    view: {
                                        id: '389af456384642529e2c0894c0ad5bd8'
                                        key: {
                                            name: 'x_itvc_value_benefits'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.split'
                            position: '5'
                        }
                    },
                    {
                        table: 'sys_ui_view'
                        id: 'c8d5ef79559249b78cca5d2f75277b00'
                        key: {
                            name: 'x_itvc_value_scorecard_reds'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'c9484c7e89014572ba4646d402f764ea'
                        key: {
                            name: 'x_itvc_value_criterion'
                            element: 'formula_role'
                            value: 'business_value'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: 'c94dafd2dee94d0eabebb93fd4adbc0e'
                        key: {
                            name: 'x_itvc_value_rollup_run'
                            element: 'kind'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'c97ebc39f5144aa399aea17c8db07c86'
                        key: {
                            name: 'x_itvc_value_rollup_run'
                            element: 'kind'
                            value: 'backfill'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'c98a4ca6fb2241b49b9f2b006a7f4396'
                        key: {
                            name: 'x_itvc_value_score_history'
                            element: 'new_score'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'c9e9a707f49a460482678fc3111432c6'
                        key: {
                            list_id: {
                                id: '14a4a0b1545643b9a8005164955aa0b9'
                                key: {
                                    name: 'x_itvc_value_scorecard_entry'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'metric'
                        }
                    },
                    {
                        table: 'sys_ui_action_role'
                        id: 'ca02a027bffe46e4b41d3af738868d3a'
                        key: {
                            sys_ui_action: 'f5470617208647edaa6860075ca7e931'
                            sys_user_role: {
                                id: '1037a6ecc11e4258b04354973aec8f73'
                                key: {
                                    name: 'x_itvc_value.portfolio_owner'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'ca8fcf04283b4c67904599e1ace6c55a'
                        key: {
                            name: 'x_itvc_value_benefit_period'
                            element: 'evidence'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'caf733d7c91544b69a50bd6a990e4c84'
                        key: {
                            document_key: '18dfb66f5d2140e1821202a7ca9bd628'
                            variable: '6f69fc4aff6433008d3f5d9ad53bf18c'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'cb058edd4a33433594da38b4690a2b0f'
                        key: {
                            sys_ui_section: {
                                id: '6306cb30e19f4477b9ca66b6693a552e'
                                key: {
                                    name: 'dmn_demand'
                                    caption: 'Value scoring'
                                    view: {
                                        id: '5cac41bdd22941ae8b87d2fc4c11aaa2'
                                        key: {
                                            name: 'x_itvc_value_scoring'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'x_itvc_value_override_reason'
                            position: '13'
                        }
                    },
                    {
                        table: 'sys_ui_section'
                        id: 'cb15a9b8ca6f48f9835119fda22a84b8'
                        key: {
                            name: 'x_itvc_value_benefit'
                            caption: 'Benefit'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'cbac8e45945d417487f5a00093749316'
                        key: {
                            sys_ui_section: {
                                id: '21c7e06345ed43c29daafaae8d426dec'
                                key: {
                                    name: 'incident'
                                    caption: 'Business value'
                                    view: {
                                        id: '48443e5bd1444433a7bd843e82f2588f'
                                        key: {
                                            name: 'x_itvc_value_business_value'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'x_itvc_value_impact_cost'
                            position: '8'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'cbfb25abbb264a7e9896dcd2d1974f5e'
                        key: {
                            name: 'pm_project'
                            element: 'x_itvc_value_breakdown'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'cc4c2184a06e4546999ec9deee59f097'
                        key: {
                            document_key: 'bdc93982197649a8aff82cc1946900c8'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'cc6f41da0b5e4db7833deafec5267863'
                        key: {
                            name: 'incident'
                            element: 'x_itvc_value_value_category'
                            value: 'risk'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'cc7b12743279469dbdba7315b1127a54'
                        key: {
                            document_key: '2227ea9cb89b439081ee382dfc3f9934'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'cc99bc4650a140f9b0b4d34d1fb11d06'
                        key: {
                            document_key: '81de930e15ff4058a06f5cc48993f43b'
                            variable: 'bc4c43935320220002c6435723dc34a2'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'cca53adc422246baa35e22e138372701'
                        key: {
                            field: 'record_id'
                            table: 'var__m_atf_input_variable_1f39a288df60220062fe6c7a4df2639d'
                            id: 'f4bc48d8697e4d5da293977669def38b'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'cd20410cf0b24f74b1e9de35a23c15f1'
                        deleted: true
                        key: {
                            name: 'x_itvc_value_scorecard'
                            element: 'run'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: 'cd315bcadad141f4aa877dab5ee7838b'
                        deleted: true
                        key: {
                            name: 'x_itvc_value_scorecard'
                            element: 'period_type'
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
                        table: 'sys_security_acl_role'
                        id: 'cd4af543ca0b4e2b8c98596343db06de'
                        key: {
                            sys_security_acl: '8e2c1dbb2b6548c492736a55278fc8e4'
                            sys_user_role: {
                                id: 'baf4f21a060f4c3aa3cfefbec6ac3ed3'
                                key: {
                                    name: 'x_itvc_value.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'cdaef3cbe4ed43c8816146da01595661'
                        key: {
                            document_key: '0de51c95cf114c5eaab340ba24116e34'
                            variable: '67400008676003007ba405225685efa4'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ceb9b37b998d45009efad953fda00488'
                        key: {
                            document_key: '80bafd5a249c46f1a4b66ce14df5ece2'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'cf28177798f545d094a41558a25ac205'
                        key: {
                            name: 'x_itvc_value_rating'
                            element: 'demand'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'cf33e30caf6c4a78a2356ee580e155fd'
                        key: {
                            sys_ui_section: {
                                id: 'ad149286c23b400988777a2bfd98ed0d'
                                key: {
                                    name: 'x_itvc_value_service_profile'
                                    caption: 'Service value profile'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'typical_users'
                            position: '7'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'cf9644aa4bcf46a99bf1ef253ba776bd'
                        key: {
                            sys_security_acl: 'fc0108e35f15475a852c11820156c117'
                            sys_user_role: {
                                id: 'a954aaa3fd00490382a60874806809be'
                                key: {
                                    name: 'x_itvc_value.demand_manager'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'd017632e85664620aae5fdbb3662245c'
                        key: {
                            sys_ui_section: {
                                id: '6d4f18edcba04331a19f668be8c52e60'
                                key: {
                                    name: 'dmn_demand'
                                    caption: 'Demand'
                                    view: {
                                        id: '389af456384642529e2c0894c0ad5bd8'
                                        key: {
                                            name: 'x_itvc_value_benefits'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'state'
                            position: '2'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'd046da19bc5341f79ba9331bf953534b'
                        key: {
                            name: 'x_itvc_value_snapshot'
                            element: 'computed_at'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd04dfbe9121d4e0696802582c2f7df00'
                        key: {
                            document_key: '98d855a0c30e4befa94fc324e90a5fa8'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'd04fb5a188524beba830074c813e57c3'
                        key: {
                            name: 'dmn_demand'
                            element: 'x_itvc_value_realised_benefit'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'd066d331f8f54f579f42914caa213c3c'
                        key: {
                            sys_ui_section: {
                                id: '3b2522f45c0d4c52b1d1e35ec6e7a821'
                                key: {
                                    name: 'x_itvc_value_scoring_model'
                                    caption: 'Scoring model'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'is_default'
                            position: '6'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd0cd1fcfda5c472a8557cbd898269528'
                        key: {
                            document_key: 'ca9088c250f94561a6aa66344b55993e'
                            variable: 'ff6e125353a0220002c6435723dc3442'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'd1096c69cecd4e7cb78ac69e902ae6dc'
                        key: {
                            sys_security_acl: '0a5ad8627ee8452e8d15260232ff5c29'
                            sys_user_role: {
                                id: 'baf4f21a060f4c3aa3cfefbec6ac3ed3'
                                key: {
                                    name: 'x_itvc_value.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'd12853ee7b9949218a6ade873ea736dd'
                        key: {
                            list_id: {
                                id: 'd8b91cf2a7d742d79ea608a09e7aac97'
                                key: {
                                    name: 'dmn_demand'
                                    view: {
                                        id: '5cac41bdd22941ae8b87d2fc4c11aaa2'
                                        key: {
                                            name: 'x_itvc_value_scoring'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'x_itvc_value_score'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'd14d1434383446ee9acea67e0ee82d1e'
                        key: {
                            name: 'x_itvc_value_criterion'
                            element: 'weight'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'd18d3dce7def4714b6b54c98c30697d4'
                        key: {
                            name: 'pm_project'
                            element: 'x_itvc_value_realisation_pct'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'd18d814e3de3440ca2e8e7e10224bf9e'
                        key: {
                            sys_security_acl: '631d89a5445a4bb4aadf6c5e269477a5'
                            sys_user_role: {
                                id: 'a2aa8ad8974d462e8ed9fb568e6ae905'
                                key: {
                                    name: 'x_itvc_value.viewer'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_ux_lib_asset'
                        id: 'd19feffcfb5f4a669ccd8d8209b10b35'
                        key: {
                            name: 'x_itvc_value/main'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'd2176e5beca048e58ad856d0320f78af'
                        key: {
                            name: 'dmn_demand'
                            element: 'x_itvc_value_score_status'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'd23341856d9f4d9fb6831e424b669e02'
                        key: {
                            name: 'incident'
                            element: 'x_itvc_value_productivity_hours'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'd299a6f780cf4c0d88240e9823c1385d'
                        key: {
                            name: 'x_itvc_value_benefit'
                            element: 'owner'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'd2cb9db74cea492585e1282af1cc4136'
                        key: {
                            name: 'dmn_demand'
                            element: 'x_itvc_value_rank'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'd2ee1ba7a12a4b8a8a2a4e5b40104049'
                        key: {
                            name: 'x_itvc_value_benefit'
                            element: 'demand'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'd30c75fa690e48a9b6a87bf02b1b20ae'
                        deleted: true
                        key: {
                            name: 'x_itvc_value_scorecard'
                            element: 'digest'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'd31d3dce0bd340ec82f03f760f4243c9'
                        key: {
                            name: 'x_itvc_value_benefit'
                            element: 'owner'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'd33960394dd84f91b57e1fb063a6f13a'
                        key: {
                            list_id: {
                                id: 'ee0a3fd2cd144eb28a491037319b7614'
                                key: {
                                    name: 'x_itvc_value_benefit'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'type'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'd37e906e66de49468a0198e4eb53485e'
                        key: {
                            field: 'record_id'
                            table: 'var__m_atf_input_variable_17a72288df60220062fe6c7a4df26397'
                            id: 'ec0c123b72414f58abdefdf6d3e752e1'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'd390224a1cdc4cc29c2fd41686c8291d'
                        key: {
                            name: 'x_itvc_value_benefit_period'
                            element: 'realised_functional'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd3a8599e6b4f4328b2a4db260dc3c3ad'
                        key: {
                            document_key: '56e3bc929ad64fa992d2595b65e97956'
                            variable: '8c07aba5ff6033008d3f5d9ad53bf13b'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'd3ac76017b824e788b277bb921b7301c'
                        key: {
                            name: 'x_itvc_value_benefit_period'
                            element: 'benefit'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'd45401b7dc404ff9b012618265ea183c'
                        key: {
                            name: 'x_itvc_value_rollup_run'
                            element: 'dimensions'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd45a4cb64e1d4cb59db38cb2afe8b4f6'
                        key: {
                            document_key: '9abb4374f9a14a75b807463cbd2ac22a'
                            variable: '1778a7480f20101091d0f00c97767e03'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd46d4c14f7eb42658c84ec5335f0b6a9'
                        key: {
                            document_key: '2bb9c72e30ed417faa06cbae12f4bf43'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_ui_form_section'
                        id: 'd476150b4c384c148418997ff9613616'
                        key: {
                            sys_ui_form: {
                                id: 'b32c5ff325934ea2989347bc43926547'
                                key: {
                                    name: 'x_itvc_value_benefit'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            sys_ui_section: {
                                id: 'cb15a9b8ca6f48f9835119fda22a84b8'
                                key: {
                                    name: 'x_itvc_value_benefit'
                                    caption: 'Benefit'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'd491b59a5856438886911c52562b1e5f'
                        key: {
                            sys_security_acl: 'c096901fa9a24966a8461847ced33549'
                            sys_user_role: {
                                id: '1037a6ecc11e4258b04354973aec8f73'
                                key: {
                                    name: 'x_itvc_value.portfolio_owner'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'd4c82e7f3549446691e67467d8b95bc5'
                        key: {
                            name: 'x_itvc_value_benefit'
                            element: 'perspective'
                            value: 'learning_growth'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'd4d4c08f98864f18a3bbfb4593e8e9df'
                        key: {
                            list_id: {
                                id: '14a4a0b1545643b9a8005164955aa0b9'
                                key: {
                                    name: 'x_itvc_value_scorecard_entry'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'delta'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'd4d9d093d9f245cf9b2ceb019cdce8f2'
                        key: {
                            list_id: {
                                id: '2d6ca7b42bc54bea8f576b024501bd3d'
                                key: {
                                    name: 'x_itvc_value_rollup_run'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'chunks_done'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd4e38ff0456746a5abe26355fde2aae0'
                        key: {
                            document_key: '07495c43c7d54638a765d695d8c026b8'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'd4fb702346564cf9aa8f0d2f336dcb2e'
                        key: {
                            sys_security_acl: 'eb626c45535f4f17832c89252968f502'
                            sys_user_role: {
                                id: '1037a6ecc11e4258b04354973aec8f73'
                                key: {
                                    name: 'x_itvc_value.portfolio_owner'
                                }
                            }
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
                        table: 'sys_dictionary'
                        id: 'd56194b54e204e109df7e3f74c1e30b8'
                        key: {
                            name: 'incident'
                            element: 'x_itvc_value_impact_cost'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'd5a1f8babc7144178522f4762d486c69'
                        key: {
                            sys_ui_section: {
                                id: '3b2522f45c0d4c52b1d1e35ec6e7a821'
                                key: {
                                    name: 'x_itvc_value_scoring_model'
                                    caption: 'Scoring model'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.split'
                            position: '4'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd5cd475ed0904005a82b4a57bd3a92b9'
                        key: {
                            document_key: '2967a540e4074ca08b35fc2db91af0f3'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'd5d951c979aa43a798a5429f521da550'
                        key: {
                            sys_security_acl: '1f6df97f18444df0ae97d9d9653a87f6'
                            sys_user_role: {
                                id: 'a2aa8ad8974d462e8ed9fb568e6ae905'
                                key: {
                                    name: 'x_itvc_value.viewer'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'd5e44bb50f6446539347cbfa0532b838'
                        key: {
                            sys_security_acl: '8d6950c638814b1f8de58c73c01aa140'
                            sys_user_role: {
                                id: 'baf4f21a060f4c3aa3cfefbec6ac3ed3'
                                key: {
                                    name: 'x_itvc_value.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'd5ec2d96601c4411bf42c0c8406fdf8e'
                        key: {
                            sys_security_acl: 'f8e97899e0a742fcb1d4d38f41637689'
                            sys_user_role: {
                                id: 'a954aaa3fd00490382a60874806809be'
                                key: {
                                    name: 'x_itvc_value.demand_manager'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'd616e833a3e441ed80291e258770dad6'
                        key: {
                            name: 'x_itvc_value_benefit'
                            element: 'measure'
                            value: 'count'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd62425898155458a84da41c3949f3df0'
                        key: {
                            document_key: 'fcd7027305e74810a9b2cc7ad2d9a825'
                            variable: '52ed1e5b5360220002c6435723dc3421'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'd6434559ad024582b377159047cfe26f'
                        key: {
                            name: 'x_itvc_value_scorecard_entry'
                            element: 'status'
                            value: 'green'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'd64e78751a484d5d9150cc7f0f26108d'
                        key: {
                            name: 'pm_project'
                            element: 'x_itvc_value_breakdown'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd66c3312cb6f4774bc3a674bcdfa3b2c'
                        key: {
                            document_key: 'e42541d839da4eeebad13a47da8871ad'
                            variable: '02fb0027531000109e02ddeeff7b120b'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'd6b93f154f3645f7b8bc82aa4974b91d'
                        key: {
                            name: 'x_itvc_value_rating'
                            element: 'criterion'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'd6dc2f654cdc4674847e3441c8b41fe7'
                        key: {
                            sys_security_acl: '56f0e00c045d475388ca71534144fe0d'
                            sys_user_role: {
                                id: 'baf4f21a060f4c3aa3cfefbec6ac3ed3'
                                key: {
                                    name: 'x_itvc_value.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'd6ed399b25e145ac9dcb1268a756bb63'
                        key: {
                            list_id: {
                                id: 'ed43090160bc47ed9fe1a89919cd8425'
                                key: {
                                    name: 'x_itvc_value_snapshot'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'period_type'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'd7017f450d27472d84b736395c33a831'
                        key: {
                            sys_security_acl: '5bb3d5f9808449e48419038327adeed9'
                            sys_user_role: {
                                id: 'a2aa8ad8974d462e8ed9fb568e6ae905'
                                key: {
                                    name: 'x_itvc_value.viewer'
                                }
                            }
                        }
                    },
                    {
                        table: 'ua_table_licensing_config'
                        id: 'd721f8b028b44244bad2465fcbae4e93'
                        key: {
                            name: 'x_itvc_value_snapshot'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'd73a6bd0bdbb45098e2e06450f52c30d'
                        key: {
                            sys_security_acl: 'a31f5c95c98540d19b01472997238249'
                            sys_user_role: {
                                id: 'a2aa8ad8974d462e8ed9fb568e6ae905'
                                key: {
                                    name: 'x_itvc_value.viewer'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'd77acfd9215b440cbddbf423130d4543'
                        key: {
                            sys_ui_section: {
                                id: 'f7cc1878599a4d4eb62194e71f1bd11a'
                                key: {
                                    name: 'incident'
                                    caption: 'Incident'
                                    view: {
                                        id: '48443e5bd1444433a7bd843e82f2588f'
                                        key: {
                                            name: 'x_itvc_value_business_value'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.split'
                            position: '4'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd821773394524ccbaf183cb84e5cd33e'
                        key: {
                            document_key: 'fd4547e1a0084acbaddb0a7fcfd8b25a'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: 'd83357db44e44095b9a857626d5091cd'
                        key: {
                            name: 'x_itvc_value_metric'
                            element: 'unit'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'd86ebc46a4254abba0f2140322344a85'
                        key: {
                            name: 'dmn_demand'
                            element: 'x_itvc_value_score'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd87cb2328b4b44fb9dbcef45ee44c1ee'
                        key: {
                            document_key: 'fce87fa55b9945e3a55d2f87e29af3f6'
                            variable: '8c07aba5ff6033008d3f5d9ad53bf13b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd8ae500c3230415c841883a562681341'
                        key: {
                            document_key: 'da870b1a6cc7498e8bd19d2c9e15ffe2'
                            variable: 'bc4c43935320220002c6435723dc34a2'
                        }
                    },
                    {
                        table: 'sys_ui_list'
                        id: 'd8b91cf2a7d742d79ea608a09e7aac97'
                        key: {
                            name: 'dmn_demand'
                            view: {
                                id: '5cac41bdd22941ae8b87d2fc4c11aaa2'
                                key: {
                                    name: 'x_itvc_value_scoring'
                                }
                            }
                            sys_domain: 'global'
                            element: 'NULL'
                            relationship: 'NULL'
                            parent: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd8d377b192b347a8840d97e45693d474'
                        key: {
                            document_key: 'c87f84c303ac44a4a62306f832b33462'
                            variable: 'b27b2b29ff6033008d3f5d9ad53bf164'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'd92e5cff7812459b95bf019396943529'
                        key: {
                            list_id: {
                                id: '0a495452caf746c587a9cb97b802e660'
                                key: {
                                    name: 'x_itvc_value_service_profile'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'service'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'd943184eaa814dc0955af74f82a6c7cd'
                        key: {
                            list_id: {
                                id: 'c066ac69b13a4c4997020885b22c6bda'
                                key: {
                                    name: 'x_itvc_value_benefit_period'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'x_itvc_value_benefit'
                                }
                            }
                            element: 'realised_amount'
                        }
                    },
                    {
                        table: 'sys_db_object'
                        id: 'd94c8a479f964e7e9e2724759456f656'
                        key: {
                            name: 'x_itvc_value_metric'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'd94e2f1df06f41ad814db5c41aa8cbea'
                        key: {
                            name: 'x_itvc_value_metric'
                            element: 'unit'
                            value: 'hours'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'd97650be04ec4b999cff56b6f3ffb4a8'
                        key: {
                            name: 'x_itvc_value_scoring_model'
                            element: 'name'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'd986d8bd14a848f58719b5b351c11c1b'
                        key: {
                            name: 'pm_project'
                            element: 'x_itvc_value_npv'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd988de39aa7545b3834ce9906ead065c'
                        key: {
                            document_key: 'ec0c123b72414f58abdefdf6d3e752e1'
                            variable: '46dbcb535320220002c6435723dc3409'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd9b1a4e59dbf445d8c49114703af5860'
                        key: {
                            document_key: '3fb1f3344b4845db9315195286c88dfe'
                            variable: 'bc4c43935320220002c6435723dc34a2'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'da0d96086c9740dba469ad39a6343faa'
                        key: {
                            sys_security_acl: '9e42af3cf4414a51b1c3b44968b97e29'
                            sys_user_role: {
                                id: 'a2aa8ad8974d462e8ed9fb568e6ae905'
                                key: {
                                    name: 'x_itvc_value.viewer'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'da2e02b1d5b6445caaff1e1f8a3c4422'
                        key: {
                            sys_ui_section: {
                                id: '3b2522f45c0d4c52b1d1e35ec6e7a821'
                                key: {
                                    name: 'x_itvc_value_scoring_model'
                                    caption: 'Scoring model'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'active'
                            position: '5'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'da34e66d8dd14eaaa85dcb9485e12d1e'
                        key: {
                            name: 'x_itvc_value_benefit_period'
                            element: 'planned_amount'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'da59a45c645e4f57adb311bf27adf0f5'
                        key: {
                            name: 'x_itvc_value_scoring_model'
                            element: 'active'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'da65dfedc72c4eda8cbb4527892c9b98'
                        key: {
                            document_key: '1d9d409dbc2948c1a01724a8a78a0436'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'da6a41e03b1348c096206b4fdabb9eeb'
                        key: {
                            list_id: {
                                id: '14a4a0b1545643b9a8005164955aa0b9'
                                key: {
                                    name: 'x_itvc_value_scorecard_entry'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'scorecard'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'da6e9f5738004e98a23cad999db1aef4'
                        key: {
                            list_id: {
                                id: '2d6ca7b42bc54bea8f576b024501bd3d'
                                key: {
                                    name: 'x_itvc_value_rollup_run'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'number'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'da89fcf7960e4dd58ebd6dedefb3a56d'
                        key: {
                            name: 'x_itvc_value_criterion'
                            element: 'model'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'da99b620867d4e1ea3c7b37f8eebea69'
                        key: {
                            document_key: '9a9f172ca92f4f9ca9121080d1a72b95'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'daa4d0a0214847489e14fef04447f8aa'
                        key: {
                            name: 'pm_project'
                            element: 'x_itvc_value_value_health'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'daac1e8055fe4d709e7b4fc10418b43e'
                        key: {
                            sys_security_acl: 'c55ec6d3cd7c40d28daeaf37c46ecad2'
                            sys_user_role: {
                                id: 'a2aa8ad8974d462e8ed9fb568e6ae905'
                                key: {
                                    name: 'x_itvc_value.viewer'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'dac65fadfb0b470cafdd1be8c6ef7c36'
                        key: {
                            document_key: 'fcd7027305e74810a9b2cc7ad2d9a825'
                            variable: 'ff6e125353a0220002c6435723dc3442'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'db15b84e0d03451f94d5b9478a62b08a'
                        key: {
                            document_key: '381ee67f281c47b5b009cedf044498c8'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'db38fa84fda547d3a4d4c8fecf657a35'
                        key: {
                            document_key: 'a469dba1866e47f5a84daad084bbceb4'
                            variable: '1778a7480f20101091d0f00c97767e03'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'dbd3e0138e124156b582a58d59ab09b3'
                        key: {
                            list_id: {
                                id: 'ed43090160bc47ed9fe1a89919cd8425'
                                key: {
                                    name: 'x_itvc_value_snapshot'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'period_label'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'dbe2b5cbaa704c988c7655e303e8038d'
                        key: {
                            list_id: {
                                id: 'c066ac69b13a4c4997020885b22c6bda'
                                key: {
                                    name: 'x_itvc_value_benefit_period'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'x_itvc_value_benefit'
                                }
                            }
                            element: 'planned_amount'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'dc0b63028a8c4e56b1dd17f13d9b9851'
                        key: {
                            document_key: 'c190f21d83cf45f580b1d62c4fd7e71a'
                            variable: '334b7bb7675003007ba405225685ef72'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'dc117cd3df254589a8be3c340a36dcc3'
                        key: {
                            list_id: {
                                id: '0f1d1197bf1a4b76b3787821ad504f28'
                                key: {
                                    name: 'x_itvc_value_rating'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'sys_updated_on'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'dc13e038af0d40b991e0259c19485acc'
                        key: {
                            list_id: {
                                id: '9d9cb893a72d428ab71442c5ed6935b8'
                                key: {
                                    name: 'x_itvc_value_benefit_period'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'period_start'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'dc6d8b2296b640c5b3167f18398e2d5b'
                        key: {
                            name: 'x_itvc_value_rollup_run'
                            element: 'from_period'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'dc91a4692fa148fa903655bb991c3e3e'
                        key: {
                            document_key: 'd0b8d875b4a249da9efbeb520cec6213'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: 'dcafdd637549443b87861b4c9879baa2'
                        key: {
                            name: 'x_itvc_value_snapshot'
                            element: 'dimension'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'dd2f077f781646c1a20aa6ab748874c9'
                        key: {
                            document_key: 'b07df6559810494fb87f4e84bfe57fdc'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'dd37699c19b14172a4ed79eb9863c182'
                        key: {
                            list_id: {
                                id: '9d9cb893a72d428ab71442c5ed6935b8'
                                key: {
                                    name: 'x_itvc_value_benefit_period'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'measured_by'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'dda2495960524a449f634c0f96c81129'
                        key: {
                            list_id: {
                                id: '14a4a0b1545643b9a8005164955aa0b9'
                                key: {
                                    name: 'x_itvc_value_scorecard_entry'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'status'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ddbacd2286de437c8fe8a5a97d497633'
                        key: {
                            document_key: 'aa6b62878040435fb4764ae03557dc26'
                            variable: '334b7bb7675003007ba405225685ef72'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'dded90866ef64c4494a09f461aa5f668'
                        key: {
                            document_key: 'c190f21d83cf45f580b1d62c4fd7e71a'
                            variable: '501c8f535320220002c6435723dc34da'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'de132274543044f5a0938bb60f3e2b80'
                        key: {
                            name: 'x_itvc_value_score_history'
                            element: 'NULL'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'de17bfdafabd46a9a685e327fcd5e796'
                        key: {
                            sys_ui_section: {
                                id: 'ad149286c23b400988777a2bfd98ed0d'
                                key: {
                                    name: 'x_itvc_value_service_profile'
                                    caption: 'Service value profile'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'active'
                            position: '3'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'de26c9f8c5c7493999093b1875c82fe4'
                        key: {
                            name: 'x_itvc_value_criterion'
                            element: 'formula_role'
                            value: 'none'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'de33fd044b8e4f57a878f3ef3b02c5d2'
                        key: {
                            sys_security_acl: 'af140c664996401c9fc69d6496dae0c0'
                            sys_user_role: {
                                id: 'a2aa8ad8974d462e8ed9fb568e6ae905'
                                key: {
                                    name: 'x_itvc_value.viewer'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'de43bca7a8954de0a56f2ecd374ab768'
                        key: {
                            name: 'x_itvc_value_criterion'
                            element: 'min_value'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'de527bad037b474993fc18a430d11a60'
                        key: {
                            sys_ui_section: {
                                id: '66650281922f4346a7d4724fed57c494'
                                key: {
                                    name: 'pm_project'
                                    caption: 'Project'
                                    view: {
                                        id: '389af456384642529e2c0894c0ad5bd8'
                                        key: {
                                            name: 'x_itvc_value_benefits'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'demand'
                            position: '5'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'de63bf76bcde44c08795593ea0c3b950'
                        key: {
                            name: 'dmn_demand'
                            element: 'x_itvc_value_lead_time_days'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'df4fc1d7e42c4e5dae3e1eef24bb9f3c'
                        key: {
                            name: 'x_itvc_value_benefit_period'
                            element: 'period_start'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'df89dd0ab4e24e1cb4f1dcd6b4275a09'
                        key: {
                            name: 'x_itvc_value_benefit'
                            element: 'type'
                            value: 'revenue_growth'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'dfd681499fb74742bd1d55d369d561e3'
                        key: {
                            document_key: '4a3c0a13147649e18d4e6fe9332ad6f4'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'dfe46a2ffb9149c3846cad35740e821a'
                        key: {
                            document_key: '470c3d37791c4b1386ecfc4f3412a455'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'e01f016aa2e24908974b181db9a070de'
                        key: {
                            name: 'x_itvc_value_score_history'
                            element: 'demand'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e040077e4b884e21bb5c4ed037fca4de'
                        key: {
                            document_key: '01776e148c25449f87294776ce67389c'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'e07677c92b844ad38efdedb2a6acb209'
                        deleted: true
                        key: {
                            name: 'x_itvc_value_scorecard'
                            element: 'period_label'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'e0987f88267d463dbc8b2be68088f4b5'
                        key: {
                            sys_ui_section: {
                                id: '8aaf4fa8d5c7411d88974e3118457fff'
                                key: {
                                    name: 'pm_project'
                                    caption: 'Benefit value'
                                    view: {
                                        id: '389af456384642529e2c0894c0ad5bd8'
                                        key: {
                                            name: 'x_itvc_value_benefits'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'x_itvc_value_value_health'
                            position: '1'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'e0a73c0a3cae48e2b0bb9e5de2668cf4'
                        key: {
                            sys_ui_section: {
                                id: 'f7cc1878599a4d4eb62194e71f1bd11a'
                                key: {
                                    name: 'incident'
                                    caption: 'Incident'
                                    view: {
                                        id: '48443e5bd1444433a7bd843e82f2588f'
                                        key: {
                                            name: 'x_itvc_value_business_value'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'short_description'
                            position: '9'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'e0cb4b0db6514b1b80a8b790924cc2c1'
                        deleted: true
                        key: {
                            name: 'x_itvc_value_scorecard'
                            element: 'period_start'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e0cc9d5716ad41a8bfa2c3cf0d026b59'
                        key: {
                            document_key: 'e7ce0c1340b6404eb9712cf822e42f0c'
                            variable: '52ed1e5b5360220002c6435723dc3421'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e0d562ccdc7941a19afbd4fb1b24523c'
                        key: {
                            document_key: '4a3c0a13147649e18d4e6fe9332ad6f4'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'e0dd8e4dce014c7b812c0d1131657013'
                        key: {
                            name: 'x_itvc_value_scorecard_entry'
                            element: 'status'
                            value: 'red'
                            language: 'en'
                            dependent_value: 'NULL'
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
                    {
                        table: 'sys_variable_value'
                        id: 'e1850ba041a944d3a533a900c42bf74e'
                        key: {
                            document_key: 'c190f21d83cf45f580b1d62c4fd7e71a'
                            variable: 'bc4c43935320220002c6435723dc34a2'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'e1887cf095304c72bbc624a3a249e6a5'
                        key: {
                            name: 'x_itvc_value_rollup_run'
                            element: 'chunks_total'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e1aaf4b17f7741b7bdebe63c5c5d7aa1'
                        key: {
                            document_key: '7a83fd6b317941fb87612fce6bd18d17'
                            variable: 'bc4c43935320220002c6435723dc34a2'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e1c234c69ef94a049488fe67ba5cac09'
                        key: {
                            document_key: 'd19e3f7d88a84a3b9a042c759e051f9f'
                            variable: 'b86c0427531000109e02ddeeff7b1227'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'e1c5e492c5f74952baefc40219022038'
                        key: {
                            name: 'x_itvc_value_benefit'
                            element: 'state'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'e1c622d23a504094b02ccecbf088a50d'
                        key: {
                            name: 'x_itvc_value_benefit'
                            element: 'project'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e22a27530866490fad20bc178f32ee16'
                        key: {
                            document_key: '89ed574775b84a858ebfac7afa5e2b36'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e2763a7919ad4e9ab6099a6bec574797'
                        key: {
                            document_key: 'afe8234a856643a09d3ef4cb707d7238'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'e27ecc2d812f4dfd90a92a2f894f7559'
                        key: {
                            name: 'x_itvc_value_rollup_run'
                            element: 'as_of'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'e27fd27ccb0845569608f64580255ca0'
                        key: {
                            list_id: {
                                id: '0a495452caf746c587a9cb97b802e660'
                                key: {
                                    name: 'x_itvc_value_service_profile'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'hourly_revenue'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e2afba0ff31c435db7c5dafbcad5d7f8'
                        key: {
                            document_key: 'b8d3807f83df4d14b16dbbfc1c11c1e4'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'e2b8999fb71e466e92a169b6ffd149d3'
                        key: {
                            sys_security_acl: '06ead33fe6df49d5b4441465af9ada40'
                            sys_user_role: {
                                id: 'a2aa8ad8974d462e8ed9fb568e6ae905'
                                key: {
                                    name: 'x_itvc_value.viewer'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_ui_form'
                        id: 'e2b986bb6b85492d8f6d54e4071f2678'
                        key: {
                            name: 'dmn_demand'
                            view: {
                                id: '389af456384642529e2c0894c0ad5bd8'
                                key: {
                                    name: 'x_itvc_value_benefits'
                                }
                            }
                            sys_domain: 'global'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'e2d8dea574fc45eaac062a44e666cf20'
                        key: {
                            name: 'x_itvc_value_rollup_run'
                            element: 'NULL'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: 'e36b2df399fb496ba950cda654891137'
                        deleted: true
                        key: {
                            name: 'x_itvc_value_scorecard'
                            element: 'dimension'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'e3e159d6fc3f4cd3981194d650e11f75'
                        key: {
                            list_id: {
                                id: 'f0d275a0ad654b8a88cebc6bdf82c457'
                                key: {
                                    name: 'incident'
                                    view: {
                                        id: '48443e5bd1444433a7bd843e82f2588f'
                                        key: {
                                            name: 'x_itvc_value_business_value'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'state'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'e4075eff6f874f678c206b34a2f6904e'
                        key: {
                            name: 'x_itvc_value_snapshot'
                            element: 'period_type'
                            value: 'month'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e484ba1244b246f584e6294e6d3a4f6a'
                        key: {
                            document_key: 'a956f1fd97354834bde480858f515215'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'e4d19a6982b74d808da5fc36105c704f'
                        key: {
                            name: 'x_itvc_value_benefit'
                            element: 'measure'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'e4dd7b6180644ebcb103d39ad2e9e2b7'
                        key: {
                            field: 'record_id'
                            table: 'var__m_atf_input_variable_1f39a288df60220062fe6c7a4df2639d'
                            id: 'ca9088c250f94561a6aa66344b55993e'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'e4f32c9742ef421e980b0b0f91864c35'
                        key: {
                            field: 'record_id'
                            table: 'var__m_atf_input_variable_17a72288df60220062fe6c7a4df26397'
                            id: '3cee86da325743948a7ae182f79c363e'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'e5238d0da4254cf6b32186f5950b1f87'
                        key: {
                            sys_security_acl: 'b47cd18a6c9f4f3d817dfbf864a3f6aa'
                            sys_user_role: {
                                id: '1037a6ecc11e4258b04354973aec8f73'
                                key: {
                                    name: 'x_itvc_value.portfolio_owner'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e52d63c858dd413c90ae96389fc962d2'
                        key: {
                            document_key: 'e5fdae1a33914deaa44222fd0de0aede'
                            variable: '6aad5a575360220002c6435723dc34b0'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'e56e2e308e184d59b87212bf442d0b4e'
                        key: {
                            list_id: {
                                id: '5a7476404ee0477d8cf08d5f64cf78f7'
                                key: {
                                    name: 'pm_project'
                                    view: {
                                        id: '389af456384642529e2c0894c0ad5bd8'
                                        key: {
                                            name: 'x_itvc_value_benefits'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'number'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'e5968a0fb5634a268e67062082b816d8'
                        key: {
                            field: 'user'
                            table: 'var__m_atf_input_variable_071ee5b253331200040729cac2dc348d'
                            id: 'e20c1d4594d94deaa33a25a9606da5e6'
                        }
                    },
                    {
                        table: 'par_dashboard_visibility'
                        id: 'e5a50f658d0448eb94453b6f0c77f45d'
                        key: {
                            dashboard: '367badf027bb4fef8e30842e5805c876'
                            experience: '08c73d60537101100834ddeeff7b1287'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'e5ab006a264443598fd0ae7e0a2bdb71'
                        key: {
                            list_id: {
                                id: '64b793d3105d4105b2d581d8d4bbbae5'
                                key: {
                                    name: 'x_itvc_value_score_history'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'reason'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: 'e5d0179041064185b0c3eb93116b6fd5'
                        key: {
                            name: 'x_itvc_value_scoring_model'
                            element: 'rescore_reason'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'e5d85bdc247f40ebac6c2dfce175c24f'
                        key: {
                            name: 'x_itvc_value_metric'
                            element: 'name'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'e63d60c6ebd24e87b98e5db302f27dbc'
                        key: {
                            name: 'x_itvc_value_benefit'
                            element: 'type'
                            value: 'risk_reduction'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'e647576c9d764151969500d2e10afcfe'
                        key: {
                            list_id: {
                                id: '2df72ef07d0b47c79747d169ff3511ab'
                                key: {
                                    name: 'x_itvc_value_criterion'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'order'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'e681403bd50a4ea69e2cdff1b7067ba9'
                        deleted: true
                        key: {
                            sys_security_acl: 'b50ca9bd61a44a9b8f3ee29cfa41250b'
                            sys_user_role: {
                                id: 'baf4f21a060f4c3aa3cfefbec6ac3ed3'
                                key: {
                                    name: 'x_itvc_value.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e68dc93bf2ad4b628d43a21491ff8a0a'
                        key: {
                            document_key: 'abed87cb375b4cb3800095e4f6f283f6'
                            variable: '8c07aba5ff6033008d3f5d9ad53bf13b'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'e6c5637da68b4763a01309fe1476e6d4'
                        key: {
                            sys_ui_section: {
                                id: 'f7cc1878599a4d4eb62194e71f1bd11a'
                                key: {
                                    name: 'incident'
                                    caption: 'Incident'
                                    view: {
                                        id: '48443e5bd1444433a7bd843e82f2588f'
                                        key: {
                                            name: 'x_itvc_value_business_value'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.begin_split'
                            position: '0'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e6eb4018e24b43619105ebd3c5eda5ea'
                        key: {
                            document_key: 'aa6b62878040435fb4764ae03557dc26'
                            variable: '46dbcb535320220002c6435723dc3409'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'e6ff763bbe49442b95b42b20a908f214'
                        key: {
                            name: 'x_itvc_value_exchange_rate'
                            element: 'NULL'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e70ed6f7178441fcb94a4bcdee39a4b4'
                        key: {
                            document_key: '56e3bc929ad64fa992d2595b65e97956'
                            variable: '1985e0ceff2433008d3f5d9ad53bf1ba'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e711855bb2cd4a7099f47a3753fea478'
                        key: {
                            document_key: '0de51c95cf114c5eaab340ba24116e34'
                            variable: '6aad5a575360220002c6435723dc34b0'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e718fde9cec4445b89b4dc85df75f6c2'
                        key: {
                            document_key: 'aa6b62878040435fb4764ae03557dc26'
                            variable: 'bc4c43935320220002c6435723dc34a2'
                        }
                    },
                    {
                        table: 'sys_ws_query_parameter_map'
                        id: 'e770a010fc1941bf84ec8ad6cabcc5e8'
                        key: {
                            web_service_operation: '42f7e2ed76204449b5073b9a158c50f6'
                            web_service_query_parameter: 'fc4022b3e90a4d3791c44ad0fd2f48c0'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e7bb667f6cf14347863af48abda52aaf'
                        key: {
                            document_key: '9e63fd308312469281445bdba7ee0990'
                            variable: '6aad5a575360220002c6435723dc34b0'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e7cad08f748243618f75c9548036893d'
                        key: {
                            document_key: '05b8d3374bbb4b558003847799d528d2'
                            variable: 'ff6e125353a0220002c6435723dc3442'
                        }
                    },
                    {
                        table: 'sys_ui_list'
                        id: 'e7dfe4e278604a5292bba0668cd9ff20'
                        key: {
                            name: 'x_itvc_value_exchange_rate'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                            element: 'NULL'
                            relationship: 'NULL'
                            parent: 'NULL'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'e814da2e428c448ca80e384dcdb21f4b'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_14872288df60220062fe6c7a4df26319'
                            id: '89ed574775b84a858ebfac7afa5e2b36'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'e81907e183cb41e39eae3046996dc1bb'
                        key: {
                            list_id: {
                                id: '2d6ca7b42bc54bea8f576b024501bd3d'
                                key: {
                                    name: 'x_itvc_value_rollup_run'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'requested_by'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e8508a744ddd4a4abeb975565b90c846'
                        key: {
                            document_key: 'afe8234a856643a09d3ef4cb707d7238'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'e87123a86b1f4d12ae37f5dac7a1f490'
                        key: {
                            name: 'x_itvc_value_benefit'
                            element: 'realised_total'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'e87c47fe4d8c46af98663d432f834cda'
                        key: {
                            sys_security_acl: '390c4ae547224cb2b25b67f7441259f9'
                            sys_user_role: {
                                id: 'baf4f21a060f4c3aa3cfefbec6ac3ed3'
                                key: {
                                    name: 'x_itvc_value.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e8f3185e01414db8927ff49fb71e0fb8'
                        key: {
                            document_key: 'c42f5535f56f498d85b850774399fc8c'
                            variable: 'ccae44d59f132200ef4afa7dc67fcf1e'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'e90cb99502d3466080940aae145e4c05'
                        key: {
                            name: 'x_itvc_value_criterion'
                            element: 'formula_role'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'e996c4d4d7ce4c74bdcae232c78cc83c'
                        key: {
                            sys_security_acl: '2e6e41b963b0497983b99fbe0963a732'
                            sys_user_role: {
                                id: 'baf4f21a060f4c3aa3cfefbec6ac3ed3'
                                key: {
                                    name: 'x_itvc_value.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e9e6c654bacb40a6b3556866282875cb'
                        key: {
                            document_key: 'd19e3f7d88a84a3b9a042c759e051f9f'
                            variable: '78b8d86b531000109e02ddeeff7b12f3'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ea18b7c6d2f44d25b2e6dbb62870ed9c'
                        key: {
                            document_key: 'bab49d95cc3a4925af2fc7600c9835f2'
                            variable: 'd13d0b935320220002c6435723dc34c8'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'ea5b8488511c4c0f9588dd7bf9f77b58'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_2d82e3c7531400109e02ddeeff7b12a7'
                            id: 'b89199ccfcd84612a8743ef235d683d1'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'ea96015d208c4638a966f76fa4019564'
                        deleted: true
                        key: {
                            list_id: {
                                id: '762288e3dd6f460c989d09e9d8761830'
                                key: {
                                    name: 'x_itvc_value_scorecard'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'run'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'ea9b919330e6481f8c0e0e418095c983'
                        key: {
                            list_id: {
                                id: '2df72ef07d0b47c79747d169ff3511ab'
                                key: {
                                    name: 'x_itvc_value_criterion'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'formula_role'
                        }
                    },
                    {
                        table: 'sys_ws_query_parameter_map'
                        id: 'eab8141e6ee14064b1a0ba2c68a6a0ea'
                        key: {
                            web_service_operation: '1a6f80effcbf4e369707be9fa5a2b705'
                            web_service_query_parameter: 'eb91f93ca11f41ff869ce2a441d693cf'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'eb1e9867f2534bb597e271603b789e0a'
                        key: {
                            document_key: '67dddc61834c40f2a90c4deda2d9715c'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'eb5de043dfd6413185c1a9d6b20de8c7'
                        key: {
                            document_key: '4decf7b62e624f94bc527dff72bf50bc'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'eb77dd00b42247cca7479fd2a562dc35'
                        key: {
                            document_key: '1d9d409dbc2948c1a01724a8a78a0436'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'eb7de398867e49b28dd62cd98e61d308'
                        key: {
                            sys_security_acl: '9b3945a007b34e138eb1d3674cf035fa'
                            sys_user_role: {
                                id: 'a954aaa3fd00490382a60874806809be'
                                key: {
                                    name: 'x_itvc_value.demand_manager'
                                }
                            }
                        }
                    },
                    {
                        table: 'par_dashboard_canvas'
                        id: 'eb9dacbfa7c34f789b30be8cec395d3c'
                        key: {
                            dashboard: '367badf027bb4fef8e30842e5805c876'
                            dashboard_tab: '71907c83181941068ebf9bc864df5b31'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'eba228068e59462b94c6aac8a3e4ccbd'
                        key: {
                            sys_ui_section: {
                                id: '6306cb30e19f4477b9ca66b6693a552e'
                                key: {
                                    name: 'dmn_demand'
                                    caption: 'Value scoring'
                                    view: {
                                        id: '5cac41bdd22941ae8b87d2fc4c11aaa2'
                                        key: {
                                            name: 'x_itvc_value_scoring'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'x_itvc_value_scored_at'
                            position: '4'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'ebb40c5e6eb14009935a4da27e05d9bc'
                        key: {
                            name: 'incident'
                            element: 'x_itvc_value_impact_score'
                        }
                    },
                    {
                        table: 'sys_ui_form_section'
                        id: 'ebd87838c91345c1b374a85dd99c87d6'
                        key: {
                            sys_ui_form: {
                                id: 'b32c5ff325934ea2989347bc43926547'
                                key: {
                                    name: 'x_itvc_value_benefit'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            sys_ui_section: {
                                id: '367e5522e6ec428d8e465c3a7287de2d'
                                key: {
                                    name: 'x_itvc_value_benefit'
                                    caption: 'Plan and realisation'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'ec46839760a4479fb5f54c2217c0a557'
                        key: {
                            sys_security_acl: 'e507a6bd180945d8b3d5088b2c22ced5'
                            sys_user_role: {
                                id: '1037a6ecc11e4258b04354973aec8f73'
                                key: {
                                    name: 'x_itvc_value.portfolio_owner'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'ec74523a83b64d26b8db16fd362bf534'
                        key: {
                            name: 'x_itvc_value_metric'
                            element: 'unit'
                            value: 'days'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'ec8c149d542141aa84d348ac10f67805'
                        key: {
                            field: 'record_id'
                            table: 'var__m_atf_input_variable_17a72288df60220062fe6c7a4df26397'
                            id: 'ccb301a96bd64c75b21277dd8477a0e3'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ec900d65062a4c628f7893917f783b80'
                        key: {
                            document_key: 'ec0c123b72414f58abdefdf6d3e752e1'
                            variable: 'bc4c43935320220002c6435723dc34a2'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ec9167ddea2542c09d0f964853951d41'
                        key: {
                            document_key: 'a0695f10981e4779a44ab0feb67ac527'
                            variable: '81e042650b3222000b7da95e93673aa2'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'ec92fc1ac2634431bab3e1d24dcd50a7'
                        key: {
                            sys_security_acl: '5cd67f5ba82c4c1c8f1fc970e09f8d23'
                            sys_user_role: {
                                id: 'baf4f21a060f4c3aa3cfefbec6ac3ed3'
                                key: {
                                    name: 'x_itvc_value.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'ec9b753ae40440b28cf8a87e44d6d444'
                        key: {
                            name: 'x_itvc_value_benefit_period'
                            element: 'period_end'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ecd6e585cd07440e813b1be11241c72a'
                        key: {
                            document_key: 'c2cde1821af14882b75d25032dd815b1'
                            variable: '67400008676003007ba405225685efa4'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'ed12ee470f3c487c845a0164714fc7b6'
                        key: {
                            name: 'x_itvc_value_rollup_run'
                            element: 'errors'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'ed203df47e2d4208a4d4c941489c21dc'
                        key: {
                            sys_ui_section: {
                                id: '3b2522f45c0d4c52b1d1e35ec6e7a821'
                                key: {
                                    name: 'x_itvc_value_scoring_model'
                                    caption: 'Scoring model'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'name'
                            position: '1'
                        }
                    },
                    {
                        table: 'sys_ui_list'
                        id: 'ed43090160bc47ed9fe1a89919cd8425'
                        key: {
                            name: 'x_itvc_value_snapshot'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                            element: 'NULL'
                            relationship: 'NULL'
                            parent: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ws_query_parameter_map'
                        id: 'ed68436ac80349609b663655e73f8d09'
                        key: {
                            web_service_operation: '1a6f80effcbf4e369707be9fa5a2b705'
                            web_service_query_parameter: 'bed837d073ab49a886eceed2f354fd98'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'ed86a5d647174880940f224e8e146069'
                        key: {
                            field: 'record_id'
                            table: 'var__m_atf_input_variable_17a72288df60220062fe6c7a4df26397'
                            id: 'c190f21d83cf45f580b1d62c4fd7e71a'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'edb7d3ca1bb94583b84dff32515ed662'
                        key: {
                            list_id: {
                                id: 'ee0a3fd2cd144eb28a491037319b7614'
                                key: {
                                    name: 'x_itvc_value_benefit'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'realisation_pct'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'edc337e1e11d4bab8e4980d183a88564'
                        key: {
                            document_key: 'a469dba1866e47f5a84daad084bbceb4'
                            variable: 'ff06ab840f20101091d0f00c97767e6d'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ee01b432aca24976919ec839ff44adb9'
                        key: {
                            document_key: '470c3d37791c4b1386ecfc4f3412a455'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'ee09ec5337894f0fbcffd41458888911'
                        key: {
                            list_id: {
                                id: '2df72ef07d0b47c79747d169ff3511ab'
                                key: {
                                    name: 'x_itvc_value_criterion'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'name'
                        }
                    },
                    {
                        table: 'sys_ui_list'
                        id: 'ee0a3fd2cd144eb28a491037319b7614'
                        key: {
                            name: 'x_itvc_value_benefit'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                            element: 'NULL'
                            relationship: 'NULL'
                            parent: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'eeab28ad3aaf48c887ef4f9f365ea9db'
                        key: {
                            document_key: 'fcd7027305e74810a9b2cc7ad2d9a825'
                            variable: 'cbddfa135320220002c6435723dc3415'
                        }
                    },
                    {
                        table: 'sys_ux_lib_asset'
                        id: 'eecd8d9d14494c7a825427677d02680d'
                        key: {
                            name: 'x_itvc_value/vendor-react-dom--be0b0865'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'eee11615c398456eb3053771faa1e441'
                        deleted: true
                        key: {
                            name: 'x_itvc_value_scorecard'
                            element: 'period_type'
                            value: 'quarter'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'eee213ceac3f433bb1b059b4a6170880'
                        key: {
                            document_key: '26c06484e26745ed8b41815f9a4c2d53'
                            variable: '6aad5a575360220002c6435723dc34b0'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ef488b4bd8b0432cad7f57405d7feada'
                        key: {
                            document_key: '61ab40ca03864afba3d7a37839d3cd45'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'ef924f2fc3aa4779b341f10d89afb7ef'
                        key: {
                            sys_security_acl: '9bc5e60f00854ba4b98222e5b0bb5876'
                            sys_user_role: {
                                id: '6168292956ed41588199d96a0a354434'
                                key: {
                                    name: 'x_itvc_value.tagger'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'efbe83f013714965ae06b650c325744b'
                        key: {
                            list_id: {
                                id: 'c066ac69b13a4c4997020885b22c6bda'
                                key: {
                                    name: 'x_itvc_value_benefit_period'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'x_itvc_value_benefit'
                                }
                            }
                            element: 'evidence'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'efd21ca165cd42d8b40fb893c7cdf2d9'
                        key: {
                            document_key: '646b06159f524fc3b0daf320df45e3ad'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'efdf5608aeb64c308d838bf90768fb9c'
                        key: {
                            document_key: '9abb4374f9a14a75b807463cbd2ac22a'
                            variable: 'b27b2b29ff6033008d3f5d9ad53bf164'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f071ba1687424ccdae7ab56343fd8db1'
                        key: {
                            document_key: '1d9e72b2f4e146eba5f32b19ac00e834'
                            variable: '8c07aba5ff6033008d3f5d9ad53bf13b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f0784b4611c24fe18796fd1420cafa17'
                        key: {
                            document_key: 'e68b05a45e5f4a30bd6601b07db064a4'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'f0879cda314e43c0b4531fde2a9cdfb2'
                        key: {
                            name: 'pm_project'
                            element: 'x_itvc_value_value_category'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f0976c793bc6480db90e581a42624207'
                        key: {
                            document_key: 'e42541d839da4eeebad13a47da8871ad'
                            variable: '78b8d86b531000109e02ddeeff7b12f3'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'f0ca97ab14f049c484b6f4638e10ff90'
                        key: {
                            name: 'x_itvc_value_snapshot'
                            element: 'dimension'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'f0d01ddc32e94e66a875f3254c30a2d4'
                        key: {
                            name: 'x_itvc_value_rollup_run'
                            element: 'finished'
                        }
                    },
                    {
                        table: 'sys_ui_list'
                        id: 'f0d275a0ad654b8a88cebc6bdf82c457'
                        key: {
                            name: 'incident'
                            view: {
                                id: '48443e5bd1444433a7bd843e82f2588f'
                                key: {
                                    name: 'x_itvc_value_business_value'
                                }
                            }
                            sys_domain: 'global'
                            element: 'NULL'
                            relationship: 'NULL'
                            parent: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f0de082e59ad41cb88ddc9b62cd248b9'
                        key: {
                            document_key: '6df29ceec10c4e1ab5af5d9339de74c7'
                            variable: 'bc4c43935320220002c6435723dc34a2'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f0f916fa382047438555662b47673c10'
                        key: {
                            document_key: 'ec0c123b72414f58abdefdf6d3e752e1'
                            variable: '53fb0f535320220002c6435723dc34ec'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f10267cf333c4791963c91a36aa621ca'
                        key: {
                            document_key: '5a16b4b771ab42f797f22a7a5c3f8099'
                            variable: '46dbcb535320220002c6435723dc3409'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f198da56da204caa95e9eeb871cead7c'
                        key: {
                            document_key: '4e6d9011485e4a6aac0a980c14aca1d1'
                            variable: 'ff6e125353a0220002c6435723dc3442'
                        }
                    },
                    {
                        table: 'ua_table_licensing_config'
                        id: 'f1d5260f33694a098f66980465cd860a'
                        key: {
                            name: 'x_itvc_value_rollup_run'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f250e0e7adda401a80f337626ead332a'
                        key: {
                            document_key: 'e5fdae1a33914deaa44222fd0de0aede'
                            variable: 'cbddfa135320220002c6435723dc3415'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'f275b84a836b458f991427e95d67669a'
                        deleted: true
                        key: {
                            name: 'x_itvc_value_scorecard'
                            element: 'NULL'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'f2ad9b944408471b859f24ceb19d9675'
                        key: {
                            name: 'dmn_demand'
                            element: 'x_itvc_value_override_reason'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'f2d05b3e7c1f4f3a8a912f0412a3b669'
                        key: {
                            field: 'record_id'
                            table: 'var__m_atf_input_variable_1f39a288df60220062fe6c7a4df2639d'
                            id: 'd549c752ed944baeb544d3575f7b0781'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'f3133829b8514eff866d27df680515ac'
                        deleted: true
                        key: {
                            name: 'x_itvc_value_scorecard'
                            element: 'computed_at'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'f31af59f57f0445ea7113b2547ec30b4'
                        key: {
                            list_id: {
                                id: 'e7dfe4e278604a5292bba0668cd9ff20'
                                key: {
                                    name: 'x_itvc_value_exchange_rate'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'currency'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'f31d5e5e879c44e09d7f312b93040985'
                        key: {
                            name: 'x_itvc_value_rollup_run'
                            element: 'to_period'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'f31f3bd7e9254d6999f6615227e1f25f'
                        key: {
                            name: 'x_itvc_value_service_profile'
                            element: 'active'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'f32b435f6b514e238bbe7f5c00968c18'
                        key: {
                            sys_security_acl: 'e3bb3e53ac394a8eafea1d10757e5d46'
                            sys_user_role: {
                                id: 'baf4f21a060f4c3aa3cfefbec6ac3ed3'
                                key: {
                                    name: 'x_itvc_value.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'f32f419dc55d46168250f94f6e4b80e3'
                        key: {
                            sys_security_acl: '34bdc843484341eebab63a103cbde80a'
                            sys_user_role: {
                                id: 'baf4f21a060f4c3aa3cfefbec6ac3ed3'
                                key: {
                                    name: 'x_itvc_value.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f3650448648545c1be28c9e41b68e353'
                        key: {
                            document_key: '18dfb66f5d2140e1821202a7ca9bd628'
                            variable: '1778a7480f20101091d0f00c97767e03'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'f38c2c4839f24c7895d092e2ad0f6d9c'
                        key: {
                            name: 'x_itvc_value_scoring_model'
                            element: 'rescore_reason'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'f39151d4dd5f42dabd5885f305b01e69'
                        key: {
                            list_id: {
                                id: '64b793d3105d4105b2d581d8d4bbbae5'
                                key: {
                                    name: 'x_itvc_value_score_history'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'changed_by'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'f3e26142fbc940959bced9c0968574a9'
                        key: {
                            list_id: {
                                id: 'af65d2e9628a407e88f4f8dadaa400be'
                                key: {
                                    name: 'x_itvc_value_scorecard_entry'
                                    view: {
                                        id: 'c8d5ef79559249b78cca5d2f75277b00'
                                        key: {
                                            name: 'x_itvc_value_scorecard_reds'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'trend'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f3f824aa28164dde8887e1b5ebcc395c'
                        key: {
                            document_key: '912abee1487946cc985652e4b9b6b0f2'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'f40fd72fd19247a6a6d9c05cffcb5abd'
                        key: {
                            sys_security_acl: '812206d913704410a674cd326b3bf74d'
                            sys_user_role: {
                                id: 'a2aa8ad8974d462e8ed9fb568e6ae905'
                                key: {
                                    name: 'x_itvc_value.viewer'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'f41d39100c464b8082e944f43e6df1c9'
                        key: {
                            list_id: {
                                id: '2df72ef07d0b47c79747d169ff3511ab'
                                key: {
                                    name: 'x_itvc_value_criterion'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'weight'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'f4272fc6068e427caa957b88c13a9565'
                        key: {
                            sys_security_acl: 'acb139d3433947a6b0d46068d40c5e51'
                            sys_user_role: {
                                id: 'a2aa8ad8974d462e8ed9fb568e6ae905'
                                key: {
                                    name: 'x_itvc_value.viewer'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f46071901fb24cbfa5f351602bc1bfc3'
                        key: {
                            document_key: '9fab2caf84d643d49cf984a003fc319e'
                            variable: '334b7bb7675003007ba405225685ef72'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'f488ea7c5dca4f1cb25da6ab44c0a12d'
                        key: {
                            name: 'x_itvc_value_metric'
                            element: 'perspective'
                            value: 'internal_process'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f4b573b0689d4eb9b26a2e353e5bc3e2'
                        key: {
                            document_key: '4e6d9011485e4a6aac0a980c14aca1d1'
                            variable: '67400008676003007ba405225685efa4'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f4d6cd9adff94414b9f427f935924d15'
                        key: {
                            document_key: '18dfb66f5d2140e1821202a7ca9bd628'
                            variable: '98c44875ffa033008d3f5d9ad53bf1fa'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'f4e832c9427248a79f54499bf053c30e'
                        key: {
                            name: 'dmn_demand'
                            element: 'x_itvc_value_value_category'
                            value: 'revenue'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'f5001f7d63dc42ce9f5fb9ea3aba2f7c'
                        key: {
                            name: 'pm_project'
                            element: 'NULL'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'f528df50ffc040b8acaa2295cf88c629'
                        key: {
                            list_id: {
                                id: '64b793d3105d4105b2d581d8d4bbbae5'
                                key: {
                                    name: 'x_itvc_value_score_history'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'old_ranking_value'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'f52a0a9d138c4bbc9f69deb07b9605fa'
                        key: {
                            name: 'x_itvc_value_rating'
                            element: 'value'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ux_lib_asset'
                        id: 'f57cd12a29df4e2b90cc84c932d7a673'
                        deleted: true
                        key: {
                            name: 'x_itvc_value/vendor-react-dom--302ddaac'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f59418ed3abc4e12a4e153a16b0bd9f9'
                        key: {
                            document_key: '15c463b4773147f1b461aa82b1947187'
                            variable: 'ff6e125353a0220002c6435723dc3442'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'f5979179bd9240a6b6416fe569631e8f'
                        key: {
                            name: 'incident'
                            element: 'x_itvc_value_value_category'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: 'f5a39f03d9cc44bd8d7235d40b9407c6'
                        key: {
                            name: 'x_itvc_value_benefit'
                            element: 'category'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f5b9f10a89784ba490313b1c83d3b1a2'
                        key: {
                            document_key: '2e0aa0fe16c6466b90ba28533f73dd05'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'f5dc71c3a36545f297dd63065dc0cb88'
                        key: {
                            name: 'x_itvc_value_rating'
                            element: 'demand'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f6137ab853874784bf0b36bb43d2ff0e'
                        key: {
                            document_key: 'ce0c9aeccecf44dfa619bda655ccc461'
                            variable: 'f0eec4d59f132200ef4afa7dc67fcf6d'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'f61a5c9276fc41fbbc42873b0534eb5b'
                        key: {
                            name: 'x_itvc_value_score_history'
                            element: 'breakdown'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f636da136b244cbd9ab3012565e7f4c5'
                        key: {
                            document_key: 'a0695f10981e4779a44ab0feb67ac527'
                            variable: '89ad06b543010210b6f9a0246bb8f2d7'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'f644237bfc6545338034ea404945c1a7'
                        key: {
                            name: 'x_itvc_value_snapshot'
                            element: 'dimension'
                            value: 'portfolio'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f64f5df1dbde4c2da6340d73f3600b5e'
                        key: {
                            document_key: '29662a19fdef46118dc7939fd0fb1ed0'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'f68c4e6670ad4a7eb763afb03dab2dfe'
                        key: {
                            name: 'x_itvc_value_benefit'
                            element: 'start_date'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'f6aafc1ef02a435b9d4cca94647abfb2'
                        key: {
                            sys_security_acl: 'efa6f19792314292a120b8a6560bd55b'
                            sys_user_role: {
                                id: 'a2aa8ad8974d462e8ed9fb568e6ae905'
                                key: {
                                    name: 'x_itvc_value.viewer'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'f750e6a5081c4ff695c950c8728e52b4'
                        key: {
                            name: 'x_itvc_value_benefit_period'
                            element: 'realised_functional'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'f753a7a8df554083aafb4a20126aebe6'
                        key: {
                            name: 'x_itvc_value_criterion'
                            element: 'NULL'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_section'
                        id: 'f7cc1878599a4d4eb62194e71f1bd11a'
                        key: {
                            name: 'incident'
                            caption: 'Incident'
                            view: {
                                id: '48443e5bd1444433a7bd843e82f2588f'
                                key: {
                                    name: 'x_itvc_value_business_value'
                                }
                            }
                            sys_domain: 'global'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'f82a445e9d9843faa1928fff5f835073'
                        key: {
                            sys_ui_section: {
                                id: '8aaf4fa8d5c7411d88974e3118457fff'
                                key: {
                                    name: 'pm_project'
                                    caption: 'Benefit value'
                                    view: {
                                        id: '389af456384642529e2c0894c0ad5bd8'
                                        key: {
                                            name: 'x_itvc_value_benefits'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'x_itvc_value_roi_pct'
                            position: '6'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f844e905ff4b44c2b10a5956a82d48e1'
                        key: {
                            document_key: '646b06159f524fc3b0daf320df45e3ad'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'f8a4a303a8374ba98b4994c1a1013ef5'
                        key: {
                            name: 'dmn_demand'
                            element: 'x_itvc_value_wsjf'
                        }
                    },
                    {
                        table: 'sys_number'
                        id: 'f8adf715fabf4cbfb02e14b65f1f4b52'
                        key: {
                            category: 'x_itvc_value_rollup_run'
                            prefix: 'SCRUN'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'f8b0676956314348b2bce127d96768fb'
                        key: {
                            name: 'x_itvc_value_benefit'
                            element: 'category'
                        }
                    },
                    {
                        table: 'ua_table_licensing_config'
                        id: 'f8cef5daeef1490f904112551c5f8b44'
                        key: {
                            name: 'x_itvc_value_scorecard_entry'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f93e882cba504a27932fc48a95f45ac3'
                        key: {
                            document_key: 'b8d3807f83df4d14b16dbbfc1c11c1e4'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f94da7f0bfd44761bc91c251c1c0e02d'
                        key: {
                            document_key: '3fb1f3344b4845db9315195286c88dfe'
                            variable: '46dbcb535320220002c6435723dc3409'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'f975429aad5f4cad9ef744ec77e2ebb8'
                        key: {
                            name: 'x_itvc_value_score_history'
                            element: 'old_ranking_value'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ws_query_parameter_map'
                        id: 'f9aba18261bb49d685934668927375a3'
                        key: {
                            web_service_operation: '42f7e2ed76204449b5073b9a158c50f6'
                            web_service_query_parameter: '6590f79af8b742ffb1c92c3ebec2c50d'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'fa264d8f888d4459aca2960b23aa4c7d'
                        key: {
                            document_key: 'ccb301a96bd64c75b21277dd8477a0e3'
                            variable: '46dbcb535320220002c6435723dc3409'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'fa412b5f38f9494d938d44d4fe843f4b'
                        key: {
                            name: 'x_itvc_value_snapshot'
                            element: 'digest'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'fa6423630e3b4500bf4be411cd1b7dba'
                        key: {
                            document_key: 'b07df6559810494fb87f4e84bfe57fdc'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'faecf5f214744ebb8a367183aa5dfbad'
                        key: {
                            document_key: '81de930e15ff4058a06f5cc48993f43b'
                            variable: '334b7bb7675003007ba405225685ef72'
                        }
                    },
                    {
                        table: 'sys_db_object'
                        id: 'fb0bf314b5fe402ea451308d61b97430'
                        key: {
                            name: 'x_itvc_value_scorecard_entry'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'fbade120b5f34a63b0a4b38b95a8add0'
                        key: {
                            sys_security_acl: 'b7bf18d2a6a44a3c8b8225ebcd2ff5f1'
                            sys_user_role: {
                                id: 'baf4f21a060f4c3aa3cfefbec6ac3ed3'
                                key: {
                                    name: 'x_itvc_value.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'fbe8d35a37d647748a7dcaca7555f877'
                        key: {
                            name: 'dmn_demand'
                            element: 'x_itvc_value_planned_benefit'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'fbfa61aaadd24722b63b686f7e4edb72'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_14872288df60220062fe6c7a4df26319'
                            id: 'e5ca0652100247918794c8e4c60c71f6'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'fc23a150f35f4f34bcf7955f62b769c5'
                        key: {
                            name: 'x_itvc_value_benefit'
                            element: 'planned_total'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'fc2e564de668445aa599810e491230c4'
                        key: {
                            name: 'x_itvc_value_exchange_rate'
                            element: 'rate'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'fc549bf70a7b4594b44eb56bf02f66c1'
                        key: {
                            document_key: '689dcad21f5942e0933a0faf4a5801ae'
                            variable: '67400008676003007ba405225685efa4'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'fc649f59ad6c40c9b62d250770627b9d'
                        key: {
                            document_key: '98d855a0c30e4befa94fc324e90a5fa8'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'fc976519bf8944afb4798a5e07518433'
                        key: {
                            name: 'x_itvc_value_benefit_period'
                            element: 'realised_amount'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'fcba751fe50a4c909d61d8bf748f77e8'
                        key: {
                            document_key: 'ec406eeb68c743fd8a4a6e63de7016d5'
                            variable: '46dbcb535320220002c6435723dc3409'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: 'fcbb47464d9549c28d51ad80dd6ae1db'
                        key: {
                            name: 'x_itvc_value_benefit'
                            element: 'granularity'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'fcc540a5d1a845fa841b8b69825e89ae'
                        key: {
                            name: 'x_itvc_value_metric'
                            element: 'direction'
                            value: 'higher_better'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'fcc8e3d51fd94d3baa40b96d926c8011'
                        key: {
                            document_key: '2e0aa0fe16c6466b90ba28533f73dd05'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'fcf31bf5ebb2408985f70d658ddc820d'
                        key: {
                            sys_security_acl: '1ebe00b848234c45894da35af862b43e'
                            sys_user_role: {
                                id: 'baf4f21a060f4c3aa3cfefbec6ac3ed3'
                                key: {
                                    name: 'x_itvc_value.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'fd6ffd7802664589b29a67723b2c5456'
                        key: {
                            document_key: 'c2cde1821af14882b75d25032dd815b1'
                            variable: '52ed1e5b5360220002c6435723dc3421'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'fd7a9ab3a760460a8fd01ee3042cc3df'
                        key: {
                            document_key: 'ccb301a96bd64c75b21277dd8477a0e3'
                            variable: '501c8f535320220002c6435723dc34da'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'fdb79720a6d946969d97ce1363bea578'
                        key: {
                            name: 'x_itvc_value_rating'
                            element: 'assessor'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'fdc1b5aebad4448487c965e57b10993d'
                        key: {
                            sys_security_acl: '43db2e2a91914e65b604105b8b0f4f92'
                            sys_user_role: {
                                id: '6168292956ed41588199d96a0a354434'
                                key: {
                                    name: 'x_itvc_value.tagger'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'fdc3c41317854b419d65b056067333db'
                        key: {
                            sys_security_acl: 'f93a379b5049487f9614a54d026fd18e'
                            sys_user_role: {
                                id: 'baf4f21a060f4c3aa3cfefbec6ac3ed3'
                                key: {
                                    name: 'x_itvc_value.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'fe2b442cacc446b0b059ae7d690e3aae'
                        key: {
                            document_key: 'b68c8b9eda2545c29d0787fb1730c818'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'fe3404e4046d4b15828484d2d2658a66'
                        key: {
                            name: 'x_itvc_value_scoring_model'
                            element: 'NULL'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'fe432fcf5a1446ada503dd3e2d8004d1'
                        key: {
                            name: 'x_itvc_value_metric'
                            element: 'unit'
                            value: 'percent'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'fe63c064adc041b2a14fd536eaa2b64f'
                        key: {
                            name: 'pm_project'
                            element: 'x_itvc_value_roi_pct'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'fe69fe510f8846a8b9cc013ce724f3ca'
                        key: {
                            name: 'pm_project'
                            element: 'x_itvc_value_realised_benefit'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'fe7eac9a229942e9b5aa24d30a845b51'
                        key: {
                            sys_security_acl: '7b30461847b940858ae00dbaf1c335d3'
                            sys_user_role: {
                                id: 'a2aa8ad8974d462e8ed9fb568e6ae905'
                                key: {
                                    name: 'x_itvc_value.viewer'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'fea2a94fb3c94200a2c9abaa5755b530'
                        key: {
                            name: 'x_itvc_value_scoring_model'
                            element: 'rescore_cursor'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'febe8821cbf14907842890b76f00b6df'
                        key: {
                            sys_ui_section: {
                                id: '634d2b00456b42848dde9b187f661412'
                                key: {
                                    name: 'dmn_demand'
                                    caption: 'Demand'
                                    view: {
                                        id: '5cac41bdd22941ae8b87d2fc4c11aaa2'
                                        key: {
                                            name: 'x_itvc_value_scoring'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'demand_manager'
                            position: '4'
                        }
                    },
                    {
                        table: 'sys_ui_form_section'
                        id: 'fef3fc99481d40e998b179fa79962036'
                        key: {
                            sys_ui_form: {
                                id: '02d140517b2e45dfbe7efad4ca27da36'
                                key: {
                                    name: 'x_itvc_value_service_profile'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            sys_ui_section: {
                                id: 'ad149286c23b400988777a2bfd98ed0d'
                                key: {
                                    name: 'x_itvc_value_service_profile'
                                    caption: 'Service value profile'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'fef6b61fff424dd596a4c8f3604e12b8'
                        key: {
                            document_key: '3759d78e2cfb479b99a0136bd4b05a42'
                            variable: '334b7bb7675003007ba405225685ef72'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'ff59d42b944848c5932ab98e828575da'
                        key: {
                            field: 'record_id'
                            table: 'var__m_atf_input_variable_1f39a288df60220062fe6c7a4df2639d'
                            id: 'c93ed50a531842c188795319ba8a86c9'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'ffab62e88c334d299b1544218048e65e'
                        key: {
                            sys_security_acl: '1b47f13fb9f14be2a18306f803e1f0a6'
                            sys_user_role: {
                                id: 'a2aa8ad8974d462e8ed9fb568e6ae905'
                                key: {
                                    name: 'x_itvc_value.viewer'
                                }
                            }
                        }
                    },
                    {
                        table: 'ua_table_licensing_config'
                        id: 'ffe6b56da01749a0a6b2f63a17f24961'
                        key: {
                            name: 'x_itvc_value_benefit_period'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'fff742ba04594d548364ac75b4d28a58'
                        key: {
                            name: 'dmn_demand'
                            element: 'x_itvc_value_model'
                            language: 'en'
                        }
                    },
                ]
            }
        }
    }
}
