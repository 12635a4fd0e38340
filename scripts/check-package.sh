#!/usr/bin/env bash
# Checks the .sppkg that `npm run package` wrote: the web part is in it, declared for SharePoint pages and for
# Teams (tab and personal app), with its bundle and the Teams icons among the client-side assets, and our own
# Teams app package TeamsSPFxApp.zip.
set -euo pipefail
cd "$(dirname "$0")/.."
python3 - <<'PY'
import json, re, sys, zipfile
pkg = zipfile.ZipFile('sharepoint/solution/trygge-barn.sppkg')
names = pkg.namelist()
webparts = [n for n in names if re.match(r'^.*WebPart_[0-9a-f-]+\.xml$', n)]
assert webparts, 'no WebPart_<id>.xml in the package'
# The bench's paint baseline (src/webparts/paintBaseline) is built with the product but never packaged.
baseline_id = json.load(open('src/webparts/paintBaseline/PaintBaselineWebPart.manifest.json'))['id']
assert not any(baseline_id in n for n in names), f'the bench-only web part {baseline_id} is in the package'
assert not any('paint-baseline-web-part_' in n for n in names), 'the bench-only bundle is in the package'
assert len(webparts) == 1, f'one web part expected in the package: {webparts}'
manifest = pkg.read(webparts[0]).decode('utf-8', 'replace')
for host in ['SharePointWebPart', 'SharePointFullPage', 'TeamsTab', 'TeamsPersonalApp']:
    assert host in manifest, f'{host} missing from {webparts[0]}'
assert any(n.startswith('ClientSideAssets/') and n.endswith('.js') for n in names), 'no bundle in ClientSideAssets/'
assert any(n.endswith('_color.png') for n in names) and any(n.endswith('_outline.png') for n in names), 'Teams icons missing'
# Our own Teams app package, which "Sync to Teams" deploys instead of generating one ("Deployment options for
# SharePoint Framework solutions for Microsoft Teams"): manifest.json and its two icons at the zip's top level.
import io, json
teams_zips = [n for n in names if n.endswith('TeamsSPFxApp.zip')]
assert teams_zips, 'TeamsSPFxApp.zip missing from the package (npm run package builds it into teams/)'
inner = zipfile.ZipFile(io.BytesIO(pkg.read(teams_zips[0])))
inner_names = sorted(inner.namelist())
assert 'manifest.json' in inner_names, f'no manifest.json at the top of {teams_zips[0]}: {inner_names}'
teams_manifest = json.loads(inner.read('manifest.json'))
icons = sorted([teams_manifest['icons']['color'], teams_manifest['icons']['outline']])
assert inner_names == sorted(['manifest.json'] + icons), f'{teams_zips[0]} should hold manifest.json and {icons} only, at the top level: {inner_names}'
assert teams_manifest['id'] in manifest, f"Teams app id {teams_manifest['id']} is not the web part's id"
print(f'sppkg: {len(names)} files; {webparts[0]} declares SharePointWebPart, SharePointFullPage, TeamsTab, TeamsPersonalApp; {teams_zips[0]} holds {inner_names}')
PY
