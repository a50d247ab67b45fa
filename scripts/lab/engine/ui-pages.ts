/**
 * The engine side of the lab's UI (scripts/lab/http/ui-pages.ts): the installed app's direct UI pages
 * (`sys_ui_page` with `direct=true`) and UX library assets (`sys_ux_lib_asset`), read from the records the app was
 * installed from, so the lab serves exactly what `now-sdk install` would put on an instance.
 */
import type { UiAsset, UiPage, UiSource } from '../http/ui-pages.ts'
import type { LabInstance } from '../instance.ts'

export class LabUiSource implements UiSource {
    constructor(private readonly lab: LabInstance) {}

    pages(): readonly UiPage[] {
        const records = this.lab.installed()?.records
        if (records === undefined) return []
        return records
            .of('sys_ui_page')
            .filter((r) => r.fields['direct'] === 'true' && (r.fields['endpoint'] ?? '') !== '')
            .map((r) => ({ endpoint: r.fields['endpoint'] ?? '', html: r.fields['html'] ?? '' }))
    }

    asset(name: string): UiAsset | undefined {
        const record = this.lab
            .installed()
            ?.records.of('sys_ux_lib_asset')
            .find((r) => r.fields['name'] === name)
        return record === undefined ? undefined : { name, content: record.fields['content'] ?? '' }
    }
}
