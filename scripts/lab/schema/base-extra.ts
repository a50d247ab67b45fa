/**
 * Hand-typed parts of the lab's base schema, from `shared/platform/base-tables.md` (section numbers in comments):
 * - {@link EXTRA_TABLES}: platform tables the SDK does not ship (PPM, role/group membership, event and log tables, ...);
 * - {@link SDK_TABLE_PATCHES}: what the SDK's dictionary-derived files leave out (choice lists, display columns,
 *   parents, labels, the incident state override).
 *
 * Evidence follows the reference page: unmarked items are documented ([DOC], [SDK] or [CODE] there); `[BELIEF]`
 * marks our best understanding, unconfirmed on an instance. System columns (sys_id, sys_created_*, sys_updated_*,
 * sys_mod_count) are never listed: the lab adds them to every table.
 */
import type { ChoiceDef, ColumnDef, TableDef } from './types.ts'

/** Additions to one table generated from the SDK (`base-tables.generated.json`). */
export interface TablePatch {
    readonly table: string
    /** Table label, where the SDK file has none (it then falls back to the table name). */
    readonly label?: string
    /** Parent table, where the SDK file names none. */
    readonly extends?: string
    /** The table's display column (one of its own columns), where the SDK file marks none. */
    readonly display?: string
    /** Columns the SDK file lacks; a column listed in {@link DOCUMENTED_OVERRIDES} may redeclare an ancestor's. */
    readonly addColumns?: readonly ColumnDef[]
    /** Choice lists of own columns that have none in the SDK file. */
    readonly choices?: Readonly<Record<string, readonly ChoiceDef[]>>
}

type Options = Omit<Partial<ColumnDef>, 'name' | 'label' | 'type'>

function column(name: string, label: string, type: string, options: Options = {}): ColumnDef {
    return { name, label, type, ...options }
}

function str(name: string, label: string, maxLength?: number, options: Options = {}): ColumnDef {
    return column(name, label, 'string', { ...(maxLength !== undefined ? { maxLength } : {}), ...options })
}

function ref(name: string, label: string, reference: string, options: Options = {}): ColumnDef {
    return column(name, label, 'reference', { reference, ...options })
}

function list(name: string, label: string, reference?: string): ColumnDef {
    return column(name, label, 'glide_list', reference ? { reference } : {})
}

const bool = (name: string, label: string, options: Options = {}): ColumnDef => column(name, label, 'boolean', options)
const int = (name: string, label: string, options: Options = {}): ColumnDef => column(name, label, 'integer', options)
const dec = (name: string, label: string, options: Options = {}): ColumnDef => column(name, label, 'decimal', options)
const cur = (name: string, label: string): ColumnDef => column(name, label, 'currency')
const date = (name: string, label: string): ColumnDef => column(name, label, 'glide_date')
const dt = (name: string, label: string, options: Options = {}): ColumnDef =>
    column(name, label, 'glide_date_time', options)
const dur = (name: string, label: string): ColumnDef => column(name, label, 'glide_duration')
const html = (name: string, label: string, maxLength: number): ColumnDef => column(name, label, 'html', { maxLength })

/** sys_class_name of a hierarchy root (§1): the leaf table's name; the lab sets it on insert. */
function classColumn(): ColumnDef {
    return column('sys_class_name', 'Class', 'sys_class_name', {
        maxLength: 80,
        default: 'javascript:current.getTableName();',
    })
}

/** A choice list in display order: `[value, label]` pairs, sequence 1, 2, ... */
function choices(...pairs: readonly (readonly [string, string])[]): ChoiceDef[] {
    return pairs.map(([value, label], i) => ({ value, label, sequence: i + 1 }))
}

/** A choice list whose labels are the values (cmdb_ci_service criticality, incident close codes, ...). */
function sameLabel(...values: readonly string[]): ChoiceDef[] {
    return choices(...values.map((v) => [v, v] as const))
}

// ---------------------------------------------------------------------------------------------------------------
// Choice lists shared by several tables
// ---------------------------------------------------------------------------------------------------------------

/** task.state (§3); planned_task and pm_project keep these values. */
const TASK_STATES = choices(
    ['-5', 'Pending'],
    ['1', 'Open'],
    ['2', 'Work in Progress'],
    ['3', 'Closed Complete'],
    ['4', 'Closed Incomplete'],
    ['7', 'Closed Skipped']
)
const RISK_LEVELS = choices(
    ['critical', 'Critical'],
    ['high', 'High'],
    ['moderate', 'Moderate'],
    ['low', 'Low'],
    ['planning', 'Planning']
)
const INVESTMENT_CLASSES = choices(['run', 'Run'], ['change', 'Change'])
// Labels [BELIEF]: the reference page gives the values only.
const INVESTMENT_TYPES = choices(
    ['cost_reduction', 'Cost Reduction'],
    ['end_user_experience', 'End User Experience'],
    ['legal_and_regulatory', 'Legal and Regulatory'],
    ['revenue_generating', 'Revenue Generating'],
    ['service_sustaining', 'Service Sustaining'],
    ['strategic_enabler', 'Strategic Enabler'],
    ['artificial_intelligence', 'Artificial Intelligence']
)
const EXPENSE_TYPES = choices(['capex', 'CapEx'], ['opex', 'OpEx']) // labels [BELIEF]
const CALCULATION_TYPES = choices(['automatic', 'Automatic'], ['manual', 'Manual'])
const PHASES = choices(
    ['initiating', 'Initiating'],
    ['planning', 'Planning'],
    ['executing', 'Executing'],
    ['delivering', 'Delivering'],
    ['closing', 'Closing']
)
const HEALTH = choices(['green', 'Green'], ['yellow', 'Yellow'], ['red', 'Red'])

/** Business-case text columns of demands and projects (§6, §7): html, 8000 on the demand. */
function businessCaseColumns(): ColumnDef[] {
    return [
        html('business_case', 'Business case', 4000),
        html('risk_of_performing', 'Risk of performing', 8000),
        html('risk_of_not_performing', 'Risk of not performing', 8000),
        html('enablers', 'Enablers', 8000),
        html('barriers', 'Barriers', 8000),
        html('in_scope', 'In scope', 8000),
        html('out_of_scope', 'Out of scope', 8000),
        html('assumptions', 'Assumptions', 8000),
    ]
}

/** Investment and organisation columns shared by demands, projects and programs (§6, §7, §9). */
function investmentColumns(): ColumnDef[] {
    return [
        str('investment_class', 'Investment Class', 40, { choices: INVESTMENT_CLASSES }),
        str('investment_type', 'Investment Type', 40, { choices: INVESTMENT_TYPES }),
        str('expense_type', 'Expense type', 40, { choices: EXPENSE_TYPES }),
        ref('business_unit', 'Business Unit', 'business_unit'),
        ref('department', 'Department', 'cmn_department'),
        list('impacted_business_units', 'Impacted Business Units', 'business_unit'),
        // Target tables of strategies and goals are not confirmed [BELIEF]: Goal Framework tables.
        list('strategic_objectives', 'Strategies', 'sn_gf_strategy'),
        list('goals', 'Goals', 'sn_gf_goal'),
        ref('primary_goal', 'Primary goal', 'sn_gf_goal'),
    ]
}

function scoreColumns(): ColumnDef[] {
    return [
        dec('score', 'Score'),
        dec('score_risk', 'Risk Score'),
        dec('score_value', 'Value Score'),
        dec('score_size', 'Size Score'),
    ]
}

// ---------------------------------------------------------------------------------------------------------------
// Tables the SDK does not ship
// ---------------------------------------------------------------------------------------------------------------

/** cmdb: the root of the CMDB hierarchy (cmdb_ci extends it). Holds the class column; the SDK declares the rest on
 * cmdb_ci [BELIEF: on an instance several cmdb_ci columns live on cmdb; the lab keeps them on cmdb_ci]. */
const cmdb: TableDef = {
    name: 'cmdb',
    label: 'Base Configuration Item', // [BELIEF]
    scope: 'global',
    columns: [classColumn()],
}

/** §5 planned_task: extends task, extensible; the parent of projects (and programs). */
const planned_task: TableDef = {
    name: 'planned_task',
    label: 'Planned Task',
    extends: 'task',
    scope: 'global',
    columns: [
        dt('start_date', 'Planned start date'),
        dt('end_date', 'Planned end date'),
        dur('duration', 'Planned duration'),
        dur('effort', 'Planned effort'),
        dur('work_duration', 'Actual duration'),
        dur('work_effort', 'Actual effort'),
        dur('remaining_duration', 'Remaining duration'),
        dur('remaining_effort', 'Remaining effort'),
        dec('percent_complete', 'Percent Complete', { default: '0' }), // default [BELIEF]
        cur('cost', 'Estimated cost'),
        cur('work_cost', 'Actual cost'),
        bool('rollup', 'Rollup', { default: 'false', readOnly: true }),
        ref('top_task', 'Top Task', 'planned_task'),
        bool('critical_path', 'Critical path', { default: 'false' }),
        str('time_constraint', 'Time constraint', 40),
        html('html_description', 'Description', 8000), // label and length [BELIEF]
        // PPM financial columns read on pm_project; where they live is [BELIEF] (the reference page assumes here).
        cur('budget_cost', 'Budget cost'),
        cur('capex_cost', 'Planned capital'),
        cur('opex_cost', 'Planned operating'),
        cur('benefits', 'Planned benefit'), // label [BELIEF]
        str('status', 'Status', 40), // values [BELIEF] green / yellow / red
    ],
}

/** §6 dmn_demand: parent task [BELIEF]; prefix DMND, base 1000 [BELIEF]. */
const dmn_demand: TableDef = {
    name: 'dmn_demand',
    label: 'Demand',
    extends: 'task',
    scope: 'global',
    number: { prefix: 'DMND', base: 1000, digits: 7 },
    columns: [
        // Override of task.state (its own choice list), see DOCUMENTED_OVERRIDES.
        int('state', 'State', {
            default: '1', // [BELIEF] new demands are drafts
            choices: choices(
                ['1', 'Draft'],
                ['2', 'Submitted'],
                ['3', 'Screening'],
                ['-4', 'Qualified'],
                ['8', 'Approved'],
                ['9', 'Completed'],
                ['10', 'Deferred'],
                ['5', 'Incomplete'],
                ['7', 'Rejected']
            ),
        }),
        str('category', 'Category', 40, {
            mandatory: true,
            choices: choices(['strategic', 'Strategic'], ['operational', 'Operational']),
        }),
        str('type', 'Type', 40, {
            mandatory: true,
            choices: choices(
                ['project', 'Project'],
                ['change', 'Change'],
                ['enhancement', 'Enhancement'],
                ['defect', 'Defect'],
                ['scrum_epic', 'Epic'],
                ['scrum_story', 'Story'],
                ['no_conversion_strategy', 'No Conversion'],
                ['no_conversion_operational', 'No Conversion']
            ),
        }),
        ref('portfolio', 'Portfolio', 'pm_portfolio'),
        ref('primary_program', 'Program', 'pm_program'),
        ref('demand_manager', 'Demand manager', 'sys_user'),
        ref('project_manager', 'Project Manager', 'sys_user'),
        ref('submitter', 'Submitted by', 'sys_user'),
        date('submitted_date', 'Submitted on'),
        date('start_date', 'Start date'),
        date('requested_by', 'Due date'), // the due date really is named requested_by
        date('approved_start_date', 'Approved start date'),
        date('approved_end_date', 'Approved end date'),
        ref('project', 'Project', 'pm_project'),
        // Other artifacts a demand converts to; target tables [BELIEF] (Agile / release-management plugins).
        ref('change', 'Change', 'change_request'),
        ref('enhancement', 'Enhancement', 'rm_enhancement'),
        ref('defect', 'Defect', 'rm_defect'),
        ref('scrum_epic', 'Epic', 'rm_epic'),
        ref('scrum_story', 'Story', 'rm_story'),
        ref('idea', 'Idea', 'idea'),
        list('related_records', 'Related Records', 'task'),
        ...businessCaseColumns(),
        ...investmentColumns(),
        str('size', 'T-Shirt size', 40, {
            choices: choices(
                ['small', 'S - Small'],
                ['medium', 'M - Medium'],
                ['large', 'L - Large'],
                ['xlarge', 'XL - Extra Large'],
                ['xxlarge', 'XXL - Extra Extra Large']
            ),
        }),
        ...scoreColumns(),
        dec('score_cost', 'Cost'),
        dec('score_strategic_allignment', 'Strategic Alignment'), // (sic)
        str('expected_risk', 'Risk Level', 40, { choices: RISK_LEVELS }),
        bool('assessment_required', 'Assessment Required', { default: 'false' }),
        str('close_demand', 'Close Demand', 40, {
            // labels [BELIEF]
            choices: choices(
                ['on_creating_project', 'On creating project'],
                ['on_closing_project', 'On closing project']
            ),
        }),
        str('calculation_type', 'Project calculation', 40, { choices: CALCULATION_TYPES }),
        cur('capital_outlay', 'Capital expense'),
        cur('operational_outlay', 'Operating expense'),
        cur('total_costs', 'Total planned cost'),
        cur('financial_benefit', 'Financial benefit'),
        cur('financial_return', 'Financial return'),
        dec('expected_roi', 'ROI %'),
        cur('capital_budget', 'Capital budget'),
        cur('operational_budget', 'Operating budget'),
        dec('discount_rate', 'Discount Rate %'),
        cur('npv_value', 'Net present value'),
        dec('irr_value', 'IRR %'),
        cur('labor_costs', 'Labor costs'),
        cur('other_costs', 'Other costs'),
        cur('resource_planned_cost', 'Resource planned cost'),
        cur('resource_allocated_cost', 'Resource allocated cost'),
        cur('demand_actual_cost', 'Actual cost'),
        dur('demand_actual_effort', 'Actual effort'),
        ref('demand_currency', 'Demand currency', 'fx_currency'), // Multicurrency plugin
        ref('project_currency', 'Project currency', 'fx_currency'),
        list('collaborators', 'Collaborators', 'sys_user'),
    ],
}

/** §7 pm_project: extends planned_task; prefix PRJ, base 10000 [BELIEF]. */
const pm_project: TableDef = {
    name: 'pm_project',
    label: 'Project',
    extends: 'planned_task',
    scope: 'global',
    number: { prefix: 'PRJ', base: 10000, digits: 7 },
    columns: [
        // Override of task.state: task values, but a new project starts Pending (-5); see DOCUMENTED_OVERRIDES.
        int('state', 'State', { default: '-5', choices: TASK_STATES }),
        ref('project_manager', 'Project manager', 'sys_user'),
        ref('primary_portfolio', 'Portfolio', 'pm_portfolio'),
        ref('primary_program', 'Program', 'pm_program'),
        ref('demand', 'Demand', 'dmn_demand'),
        dt('approved_start_date', 'Approved start date'),
        dt('approved_end_date', 'Approved end date'),
        str('phase', 'Phase', 40, { choices: PHASES }),
        str('execution_type', 'Execution type', 40, {
            default: 'waterfall',
            choices: choices(['waterfall', 'Waterfall'], ['agile', 'Agile'], ['hybrid', 'Hybrid']),
        }),
        str('risk', 'Risk', 40, { choices: RISK_LEVELS }),
        ...investmentColumns(),
        ...businessCaseColumns(),
        cur('forecast_cost', 'Estimate at completion'),
        cur('estimate_to_completion', 'Estimate to completion'),
        cur('value', 'Planned return'),
        dec('roi', 'Planned ROI %'),
        dec('discount_rate', 'Discount Rate %'),
        cur('npv_value', 'Net present value'),
        dec('irr_value', 'IRR %'),
        cur('capex_forecast_cost', 'Capital estimate at completion'),
        cur('opex_forecast_cost', 'Operating estimate at completion'),
        cur('capex_estimate_to_completion', 'Capital estimate to completion'),
        cur('opex_estimate_to_completion', 'Operating estimate to completion'),
        cur('risk_cost', 'Risk cost'),
        ...scoreColumns(),
        str('calculation_type', 'Calculation', 40, { choices: CALCULATION_TYPES }),
        ref('schedule', 'Schedule', 'cmn_schedule'),
        ref('project_currency', 'Project currency', 'fx_currency'), // Multicurrency plugin
        // Preferences tab: types [BELIEF] (the page gives "string choice / boolean"; the choice values are unknown).
        str('time_card_preference', 'Time card preference', 40),
        bool('update_actual_effort_from_time_card', 'Update actual effort from time card'),
        bool('update_score_on_value_change', 'Update score on value change'),
        str('project_schedule_date_format', 'Project schedule date format', 40),
        bool('time_component_from_planned', 'Time component from planned'),
        bool('show_on_program_status_report', 'Show on program status report'),
        bool('resources_from_resource_plan', 'Resources from resource plan'),
    ],
}

/** §8 pm_portfolio: base table, extensible, no number. */
const pm_portfolio: TableDef = {
    name: 'pm_portfolio',
    label: 'Portfolio',
    scope: 'global',
    columns: [
        str('name', 'Name', 40, { display: true }),
        str('description', 'Description', 4000),
        ref('portfolio_manager', 'Portfolio manager', 'sys_user'),
        bool('active', 'Active', { default: 'true' }), // default [BELIEF]
        ref('business_unit', 'Business Unit', 'business_unit'),
        ref('department', 'Department', 'cmn_department'),
        classColumn(),
        column('sys_domain', 'Domain', 'domain_id', { default: 'global' }),
        column('sys_domain_path', 'Domain Path', 'domain_path', { default: '/' }),
    ],
}

/** §9 pm_program: parent planned_task [BELIEF]; prefix PGM, base 1000 [BELIEF]. */
const pm_program: TableDef = {
    name: 'pm_program',
    label: 'Program',
    extends: 'planned_task',
    scope: 'global',
    number: { prefix: 'PGM', base: 1000, digits: 7 },
    columns: [
        ref('program_manager', 'Program manager', 'sys_user'),
        ref('portfolio', 'Portfolio', 'pm_portfolio'),
        list('related_portfolios', 'Project/Demand Portfolios', 'pm_portfolio'),
        ref('business_unit', 'Business Unit', 'business_unit'),
        ref('department', 'Department', 'cmn_department'),
        list('impacted_business_units', 'Impacted Business Units', 'business_unit'),
        str('phase', 'Phase', 40, { choices: PHASES }),
        str('investment_type', 'Investment Type', 40, { choices: INVESTMENT_TYPES }),
        str('risk', 'Risk', 40, { choices: RISK_LEVELS }),
        dec('roi', 'Planned ROI %'),
        cur('planned_return', 'Planned returns'),
        ...scoreColumns(),
        str('scope_status', 'Scope status', 40, { choices: HEALTH }),
        str('cost_status', 'Cost status', 40, { choices: HEALTH }),
        str('resource_status', 'Resource status', 40, { choices: HEALTH }),
        str('schedule_status', 'Schedule status', 40, { choices: HEALTH }),
    ],
}

/** §17 business_unit: `company` is documented; name, parent, bu_head and description are [BELIEF]. */
const business_unit: TableDef = {
    name: 'business_unit',
    label: 'Business Unit',
    scope: 'global',
    columns: [
        str('name', 'Name', 100, { display: true }),
        ref('company', 'Company', 'core_company'),
        ref('parent', 'Parent', 'business_unit'),
        ref('bu_head', 'Business Unit Head', 'sys_user'),
        str('description', 'Description', 1000),
    ],
}

/** §15 sys_user_has_role. */
const sys_user_has_role: TableDef = {
    name: 'sys_user_has_role',
    label: 'User Role',
    scope: 'global',
    columns: [
        ref('user', 'User', 'sys_user', { mandatory: true }), // mandatory [BELIEF]
        ref('role', 'Role', 'sys_user_role', { mandatory: true }), // mandatory [BELIEF]
        str('state', 'State', 40, {
            default: 'active',
            // 'active' is documented; pending and requested are [BELIEF]
            choices: choices(['active', 'Active'], ['pending', 'Pending'], ['requested', 'Requested']),
        }),
        bool('inherited', 'Inherited', { default: 'false' }),
        ref('granted_by', 'Granted by', 'sys_user_group'), // target [BELIEF]
        ref('included_in_role', 'Included in role', 'sys_user_role'),
        ref('included_in_role_instance', 'Included in role instance', 'sys_user_has_role'),
        int('inh_count', 'Inheritance count', { default: '0' }), // default [BELIEF]
        str('inh_map', 'Inheritance map', 4000), // length [BELIEF]
    ],
}

/** §16 sys_user_grmember. */
const sys_user_grmember: TableDef = {
    name: 'sys_user_grmember',
    label: 'Group Member',
    scope: 'global',
    columns: [
        ref('user', 'User', 'sys_user', { mandatory: true }), // mandatory [BELIEF]
        ref('group', 'Group', 'sys_user_group', { mandatory: true }), // mandatory [BELIEF]
    ],
}

/** §25 sysevent: the event log and queue (rotated). */
const sysevent: TableDef = {
    name: 'sysevent',
    label: 'Event',
    scope: 'global',
    columns: [
        str('name', 'Name', 100, { display: true }), // length and display [BELIEF]
        str('instance', 'Instance', 32),
        column('table', 'Table', 'table_name', { maxLength: 80 }), // type [BELIEF]
        str('parm1', 'Parm1', 4000), // lengths [BELIEF]
        str('parm2', 'Parm2', 4000),
        str('uri', 'URI', 1024),
        str('queue', 'Queue', 40),
        str('state', 'State', 40, {
            default: 'ready',
            choices: choices(
                ['ready', 'Ready'],
                ['processed', 'Processed'],
                ['error', 'Error'],
                ['transferred', 'Transferred']
            ),
        }),
        dt('process_on', 'Process on'),
        dt('processed', 'Processed'),
        str('claimed_by', 'Claimed by', 100),
        int('processing_duration', 'Processing duration'), // [BELIEF] milliseconds
        str('user_id', 'User ID', 32), // [BELIEF]
        str('user_name', 'User name', 40), // [BELIEF]
    ],
}

/** §24 syslog: the system log (rotated); `sys_created_on` / `sys_created_by` are system columns. */
const syslog: TableDef = {
    name: 'syslog',
    label: 'System Log',
    scope: 'global',
    columns: [
        int('level', 'Level', {
            default: '0',
            // 0..2 documented; -1 Debug [BELIEF]
            choices: choices(['-1', 'Debug'], ['0', 'Information'], ['1', 'Warning'], ['2', 'Error']),
        }),
        str('source', 'Source', 100), // length [BELIEF]
        str('message', 'Message', 65000), // "long string"; length [BELIEF]
    ],
}

/** §23 sys_upgrade_history. */
const sys_upgrade_history: TableDef = {
    name: 'sys_upgrade_history',
    label: 'Upgrade History',
    scope: 'global',
    columns: [
        str('to_version', 'To version', 255),
        str('from_version', 'From version', 255), // [BELIEF]
        dt('upgrade_started', 'Upgrade started'),
        dt('upgrade_finished', 'Upgrade finished'),
    ],
}

/** §27 fiscal_period (plugin com.snc.fiscal_calendar). */
const fiscal_period: TableDef = {
    name: 'fiscal_period',
    label: 'Fiscal Period',
    scope: 'global',
    columns: [
        str('name', 'Name', 100, { display: true }), // length [BELIEF]
        dt('fiscal_start_date_time', 'Start date time'),
        dt('fiscal_end_date_time', 'End date time'),
        str('fiscal_type', 'Fiscal type', 40, {
            readOnly: true,
            choices: choices(['year', 'Year'], ['quarter', 'Quarter'], ['month', 'Month']), // values [BELIEF]
        }),
    ],
}

/** §21 sys_choice (columns from the SDK's column-to-record code; types and lengths [BELIEF]). */
const sys_choice: TableDef = {
    name: 'sys_choice',
    label: 'Choice',
    scope: 'global',
    columns: [
        column('name', 'Table', 'table_name', { maxLength: 80 }),
        str('element', 'Element', 80),
        str('value', 'Value', 40),
        str('label', 'Label', 100),
        int('sequence', 'Sequence'),
        str('language', 'Language', 40, { default: 'en' }),
        bool('inactive', 'Inactive', { default: 'false' }),
        str('dependent_value', 'Dependent value', 100),
        str('hint', 'Hint', 255),
        bool('inactive_on_update', 'Inactive on update', { default: 'false' }),
        str('synonyms', 'Synonyms', 4000),
    ],
}

/** Platform tables the SDK does not ship, hand-typed from the reference page. */
export const EXTRA_TABLES: readonly TableDef[] = [
    business_unit,
    cmdb,
    dmn_demand,
    fiscal_period,
    planned_task,
    pm_portfolio,
    pm_program,
    pm_project,
    sys_choice,
    sys_upgrade_history,
    sys_user_grmember,
    sys_user_has_role,
    sysevent,
    syslog,
]

/**
 * Columns that redeclare an ancestor's column on purpose: a dictionary override (own choice list or default).
 * Every other column name is declared once along an `extends` chain.
 */
export const DOCUMENTED_OVERRIDES: readonly string[] = ['dmn_demand.state', 'incident.state', 'pm_project.state']

// ---------------------------------------------------------------------------------------------------------------
// Patches to the SDK-generated tables
// ---------------------------------------------------------------------------------------------------------------

/** Application-file parent for tables whose records the SDK build emits as app files (with `sys_scope` and
 * `sys_update_name`) but whose SDK definition names no parent [BELIEF]. */
const APP_FILE = 'sys_metadata'

/** What the SDK's table files leave out, by table. */
export const SDK_TABLE_PATCHES: readonly TablePatch[] = [
    {
        // §3: the SDK file has the columns but no choice lists.
        table: 'task',
        choices: {
            state: TASK_STATES,
            priority: choices(
                ['1', '1 - Critical'],
                ['2', '2 - High'],
                ['3', '3 - Moderate'],
                ['4', '4 - Low'],
                ['5', '5 - Planning']
            ),
            impact: choices(['1', '1 - High'], ['2', '2 - Medium'], ['3', '3 - Low']),
            urgency: choices(['1', '1 - High'], ['2', '2 - Medium'], ['3', '3 - Low']),
            escalation: choices(['0', 'Normal'], ['1', 'Moderate'], ['2', 'High'], ['3', 'Overdue']), // values [BELIEF]
            // 'not requested' is the SDK default; the other values and all labels are [BELIEF].
            approval: choices(
                ['not requested', 'Not Yet Requested'],
                ['requested', 'Requested'],
                ['approved', 'Approved'],
                ['rejected', 'Rejected'],
                ['cancelled', 'Cancelled'],
                ['not_required', 'No Longer Required'],
                ['duplicate', 'Duplicate']
            ),
            // 'phone' is documented; the rest [BELIEF].
            contact_type: choices(
                ['email', 'Email'],
                ['phone', 'Phone'],
                ['self-service', 'Self-service'],
                ['virtual_agent', 'Virtual Agent'],
                ['walk-in', 'Walk-in']
            ),
        },
    },
    {
        // §4: the state override and the incident choice lists.
        table: 'incident',
        addColumns: [
            int('state', 'State', {
                default: '1',
                choices: choices(
                    ['1', 'New'],
                    ['2', 'In Progress'],
                    ['3', 'On Hold'],
                    ['6', 'Resolved'],
                    ['7', 'Closed'],
                    ['8', 'Canceled']
                ),
            }),
        ],
        choices: {
            category: choices(
                ['inquiry', 'Inquiry / Help'],
                ['software', 'Software'],
                ['hardware', 'Hardware'],
                ['network', 'Network'],
                ['database', 'Database']
            ),
            // 1 is documented; 3, 4 and 5 are [BELIEF] (their labels are documented).
            hold_reason: choices(
                ['1', 'Awaiting Caller'],
                ['3', 'Awaiting Problem'],
                ['4', 'Awaiting Vendor'],
                ['5', 'Awaiting Change']
            ),
            close_code: sameLabel(
                'Duplicate',
                'Known error',
                'No resolution provided',
                'Resolved by caller',
                'Resolved by change',
                'Resolved by problem',
                'Resolved by request',
                'Solution provided',
                'Workaround provided',
                'User error'
            ),
            severity: choices(['1', '1 - High'], ['2', '2 - Medium'], ['3', '3 - Low']), // [BELIEF]
            notify: choices(['1', 'Do Not Notify'], ['2', 'Send Email'], ['3', 'Send SMS']), // [BELIEF]
        },
    },
    {
        // §10
        table: 'cmdb_ci',
        display: 'name', // [BELIEF]
        choices: {
            operational_status: choices(
                ['1', 'Operational'],
                ['2', 'Non-operational'],
                ['3', 'Repair in Progress'],
                ['4', 'DR Standby'],
                ['6', 'Retired']
            ),
            // 1 and 7 per the page [BELIEF]; the others are the usual OOB list [BELIEF].
            install_status: choices(
                ['1', 'Installed'],
                ['2', 'On Order'],
                ['3', 'In Maintenance'],
                ['4', 'Pending Install'],
                ['5', 'Pending Repair'],
                ['6', 'In Stock'],
                ['7', 'Retired'],
                ['8', 'Stolen'],
                ['100', 'Absent']
            ),
        },
    },
    {
        // §11: value = label. '2 - somewhat critical' (default) and '4 - not critical' documented, 1 and 3 [BELIEF].
        table: 'cmdb_ci_service',
        choices: {
            busines_criticality: sameLabel(
                '1 - most critical',
                '2 - somewhat critical',
                '3 - less critical',
                '4 - not critical'
            ),
            // Production (default) and Pre-production documented; the rest [BELIEF].
            used_for: sameLabel(
                'Production',
                'Pre-production',
                'Staging',
                'QA',
                'Test',
                'Development',
                'Demonstration',
                'Training',
                'Disaster recovery'
            ),
            // Technical Service [BELIEF]
            service_classification: sameLabel('Business Service', 'Application Service', 'Technical Service'),
        },
    },
    {
        // §26: received (default) and received-ignored seen; the send-* values and all labels [BELIEF].
        table: 'sys_email',
        choices: {
            type: choices(
                ['received', 'Received'],
                ['received-ignored', 'Received-ignored'],
                ['send-ready', 'Send-ready'],
                ['sent', 'Sent'],
                ['send-ignored', 'Send-ignored'],
                ['send-failed', 'Send-failed']
            ),
        },
    },
    { table: 'sys_user', display: 'name' }, // §12
    { table: 'sys_user_group', display: 'name' }, // [BELIEF]
    { table: 'core_company', display: 'name' }, // [BELIEF]
    { table: 'cmn_department', display: 'name' }, // [BELIEF]
    { table: 'cmn_cost_center', display: 'name' }, // [BELIEF]
    { table: 'sys_user_role', label: 'Role', display: 'name' }, // [BELIEF]
    { table: 'sys_user_role_contains', label: 'Contained Role' }, // [BELIEF]
    {
        // §22: sys_scope and sys_app extend it, and the SDK reads sys_class_name on sys_scope.
        table: 'sys_package',
        label: 'Package', // [BELIEF]
        display: 'name', // [BELIEF]
        addColumns: [classColumn()],
    },
    { table: 'sys_scope', label: 'Application' }, // [BELIEF]
    { table: 'sys_app', label: 'Custom Application' }, // [BELIEF]
    { table: 'sys_metadata', label: 'Application File' }, // [BELIEF]
    { table: 'sys_db_object', label: 'Table' }, // [BELIEF]
    { table: 'sys_dictionary', label: 'Dictionary Entry' }, // [BELIEF]
    { table: 'sys_journal_field', label: 'Journal Entry' }, // [BELIEF]
    { table: 'sys_app_application', label: 'Application Menu' }, // [BELIEF]
    // §20 and the build output: app files without a parent in the SDK file [BELIEF].
    { table: 'sys_properties', label: 'System Property', extends: APP_FILE },
    { table: 'sys_app_module', label: 'Module', extends: APP_FILE },
    { table: 'sys_scope_privilege', label: 'Application Cross-Scope Access', extends: APP_FILE },
    { table: 'sys_number', label: 'Number', extends: APP_FILE },
]
