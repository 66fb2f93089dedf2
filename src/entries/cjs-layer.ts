// The CommonJS file of a layer (`ntm-rules/funding` …): the library's one CommonJS bundle, whose
// names include the layer's; the layer's own .d.cts says which of them it offers.
// @ts-expect-error resolved by the build to ./index.cjs (tsup.config.ts, layer-as-cjs-re-export)
export * from 'ntm-rules-root';
