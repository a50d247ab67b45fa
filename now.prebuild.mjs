import { servicenowFrontEndPlugins, rollup, glob } from '@servicenow/isomorphic-rollup'

/**
 * Prebuild of the React scorecard page (from the SDK's typescript.react template): bundles src/client/**\/*.html
 * and what they import into dist/static, which the build turns into the sys_ui_page and its sys_ux_lib_asset
 * records. Source maps are off so multi-MB .map files never ship.
 */
export default async ({ rootDir, config, fs, path, logger, registerExplicitId }) => {
    const clientDir = path.join(rootDir, config.clientDir)
    const htmlFilePattern = path.join(clientDir, '**', '*.html')
    const htmlFiles = await glob(htmlFilePattern, { fs })
    if (!htmlFiles.length) {
        logger.warn(`No HTML files found in ${clientDir}, skipping UI build.`)
        return
    }

    const staticContentDir = path.join(rootDir, config.staticContent.buildDir)
    fs.rmSync(staticContentDir, { recursive: true, force: true })

    const rollupBundle = await rollup({
        fs,
        input: htmlFilePattern,
        plugins: [
            servicenowFrontEndPlugins({
                scope: config.scope,
                rootDir: clientDir,
                projectRootDir: rootDir,
                registerExplicitId,
                editableSourceCodeOnInstance: false,
            }),
        ],
    })
    const rollupOutput = await rollupBundle.write({ dir: staticContentDir, sourcemap: false })
    for (const file of rollupOutput.output) {
        const size = file.type === 'asset' ? file.source.length : file.code.length
        logger.info(`Bundled ${file.type}: ${file.fileName} (${size} bytes)`)
    }
}
