/**
 * The eight demo business services (cmdb_ci_service) and their value profiles. The incident CSV's anonymised
 * categories are spread over these services; value tags are priced from the profile numbers.
 */

/** A value category of an incident tag. */
export type ValueCategory = 'revenue' | 'cost' | 'customer' | 'productivity' | 'risk'

/** The value categories, in the order the app lists them. */
export const VALUE_CATEGORIES: readonly ValueCategory[] = ['revenue', 'cost', 'customer', 'productivity', 'risk']

/** One demo business service and its value profile. */
export interface DemoService {
    readonly name: string
    /** `busines_criticality` (sic) stored value = label. */
    readonly businessCriticality:
        '1 - most critical' | '2 - somewhat critical' | '3 - less critical' | '4 - not critical'
    /** Revenue flowing through the service per hour, in cents (0: the service earns nothing directly). */
    readonly hourlyRevenueCents: number
    /** Loaded labour cost per hour of the people using it, in cents. */
    readonly hourlyLabourCostCents: number
    /** Users (or customers) relying on it at a typical moment. */
    readonly typicalUsers: number
    /** How likely each value category is for an incident on this service. */
    readonly categoryWeights: Readonly<Partial<Record<ValueCategory, number>>>
    readonly description: string
}

/** The demo services, in a fixed order (the category mapping relies on it). */
export const DEMO_SERVICES: readonly DemoService[] = [
    {
        name: 'Online Store',
        businessCriticality: '1 - most critical',
        hourlyRevenueCents: 4_200_000,
        hourlyLabourCostCents: 9_500,
        typicalUsers: 25_000,
        categoryWeights: { revenue: 5, customer: 3, risk: 1 },
        description: 'Web and mobile shop: catalogue, cart and checkout',
    },
    {
        name: 'Payments',
        businessCriticality: '1 - most critical',
        hourlyRevenueCents: 6_500_000,
        hourlyLabourCostCents: 11_000,
        typicalUsers: 18_000,
        categoryWeights: { revenue: 4, risk: 3, customer: 2 },
        description: 'Card, wallet and invoice payments for every sales channel',
    },
    {
        name: 'Email',
        businessCriticality: '2 - somewhat critical',
        hourlyRevenueCents: 0,
        hourlyLabourCostCents: 7_500,
        typicalUsers: 4_200,
        categoryWeights: { productivity: 6, cost: 1, risk: 1 },
        description: 'Corporate mail, calendars and distribution lists',
    },
    {
        name: 'ERP Finance',
        businessCriticality: '2 - somewhat critical',
        hourlyRevenueCents: 0,
        hourlyLabourCostCents: 12_000,
        typicalUsers: 650,
        categoryWeights: { cost: 4, productivity: 3, risk: 2 },
        description: 'General ledger, accounts payable and receivable, month-end close',
    },
    {
        name: 'HR Portal',
        businessCriticality: '3 - less critical',
        hourlyRevenueCents: 0,
        hourlyLabourCostCents: 7_000,
        typicalUsers: 3_800,
        categoryWeights: { productivity: 5, cost: 1, risk: 1 },
        description: 'Employee self-service: leave, payslips, onboarding',
    },
    {
        name: 'Customer Support CRM',
        businessCriticality: '2 - somewhat critical',
        hourlyRevenueCents: 850_000,
        hourlyLabourCostCents: 8_500,
        typicalUsers: 900,
        categoryWeights: { customer: 5, revenue: 2, productivity: 2 },
        description: 'Contact centre cases, chat and customer history',
    },
    {
        name: 'Data Warehouse',
        businessCriticality: '3 - less critical',
        hourlyRevenueCents: 0,
        hourlyLabourCostCents: 10_000,
        typicalUsers: 350,
        categoryWeights: { cost: 3, risk: 3, productivity: 2 },
        description: 'Reporting, analytics and regulatory extracts',
    },
    {
        name: 'Corporate Network',
        businessCriticality: '1 - most critical',
        hourlyRevenueCents: 0,
        hourlyLabourCostCents: 9_000,
        typicalUsers: 4_500,
        categoryWeights: { productivity: 5, risk: 2, cost: 2 },
        description: 'LAN, Wi-Fi, WAN and remote access for offices and stores',
    },
]

/**
 * Assigns CSV categories to services: categories ranked by incident count (ties by name), then dealt round-robin over
 * {@link DEMO_SERVICES}, so the busiest categories land on different services and every service gets incidents.
 * @param categoryCounts - incidents per CSV category (empty categories excluded by the caller)
 * @returns category → service name
 * @example serviceByCategory(new Map([['Category 45', 204], ['Category 53', 166]])).get('Category 53') //=> 'Payments'
 */
export function serviceByCategory(categoryCounts: ReadonlyMap<string, number>): Map<string, string> {
    const ranked = [...categoryCounts.entries()].sort(([a, ca], [b, cb]) => cb - ca || (a < b ? -1 : a > b ? 1 : 0))
    return new Map(
        ranked.map(([category], i) => [category, (DEMO_SERVICES[i % DEMO_SERVICES.length] as DemoService).name])
    )
}

/**
 * The profile's integer criticality (1 highest) from the service's criticality label.
 * @example criticalityRank('1 - most critical') //=> 1
 */
export function criticalityRank(label: DemoService['businessCriticality']): number {
    return Number(label.slice(0, 1))
}
