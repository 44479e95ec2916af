#!/usr/bin/env bash
# Regenerates rules/src/main/resources/kz/govsite/report/axe-help_ru.json from the Russian locale
# that the axe-core npm package ships (locales/ru.json, MPL-2.0): the rule texts only, nothing else.
# Run it when the axe-core version in pom.xml changes: bash rules/src/build/generate-axe-help-ru.sh 4.11.1
set -euo pipefail
version="${1:?usage: $0 AXE_CORE_VERSION}"
here="$(cd "$(dirname "$0")" && pwd)"
target="$here/../main/resources/kz/govsite/report/axe-help_ru.json"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent "axe-core@$version" >/dev/null && tar xzf axe-core-*.tgz package/locales/ru.json)
node - "$work/package/locales/ru.json" "$version" "$target" <<'JS'
const fs = require('fs');
const [source, version, target] = process.argv.slice(2);
const locale = JSON.parse(fs.readFileSync(source, 'utf8'));
const rules = {};
for (const id of Object.keys(locale.rules).sort()) {
  const r = locale.rules[id];
  rules[id] = { help: r.help, description: r.description };
}
const out = {
  source: `axe-core ${version}, locales/ru.json (https://www.npmjs.com/package/axe-core)`,
  license: 'MPL-2.0; this file is derived from axe-core and stays under the Mozilla Public License 2.0',
  rules,
};
fs.writeFileSync(target, JSON.stringify(out, null, 1) + '\n');
console.log(`${Object.keys(rules).length} rules -> ${target}`);
JS
