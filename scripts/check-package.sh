#!/usr/bin/env bash
# Checks the .sppkg that `npm run package` wrote: the web part is in it, declared for SharePoint pages and for
# Teams (tab and personal app), with its bundle and the Teams icons among the client-side assets.
set -euo pipefail
cd "$(dirname "$0")/.."
python3 - <<'PY'
import re, sys, zipfile
pkg = zipfile.ZipFile('sharepoint/solution/trygge-barn.sppkg')
names = pkg.namelist()
webparts = [n for n in names if re.match(r'^.*WebPart_[0-9a-f-]+\.xml$', n)]
assert webparts, 'no WebPart_<id>.xml in the package'
manifest = pkg.read(webparts[0]).decode('utf-8', 'replace')
for host in ['SharePointWebPart', 'SharePointFullPage', 'TeamsTab', 'TeamsPersonalApp']:
    assert host in manifest, f'{host} missing from {webparts[0]}'
assert any(n.startswith('ClientSideAssets/') and n.endswith('.js') for n in names), 'no bundle in ClientSideAssets/'
assert any(n.endswith('_color.png') for n in names) and any(n.endswith('_outline.png') for n in names), 'Teams icons missing'
print(f'sppkg: {len(names)} files; {webparts[0]} declares SharePointWebPart, SharePointFullPage, TeamsTab, TeamsPersonalApp')
PY
