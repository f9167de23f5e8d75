#!/usr/bin/env bash
# Regenerates the goldens of the fixture charts in this directory with the real Helm v4
# library (PyPI helm-python-sdk==0.2.2, Helm v4.2.3), installed into a private venv under
# ~/.cache/ferroflux/helm-sdk (nothing system-wide).
#
# For each chart directory <chart>/ (one holding a Chart.yaml):
#   * <chart>/expected.yaml       the SDK's render with <chart>/test-values.yaml (if present)
#                                 as user values, release "golden" in namespace "golden-ns";
#   * <chart>/expected-error.txt  the SDK's error message for <chart>/error-values.yaml (only
#                                 when that file exists; the render must fail).
#
# What is compared: `Chart.render` returns Helm's engine output, one entry per rendered
# template (`<chart>/templates/<file>`, subcharts as `<chart>/charts/<sub>/templates/<file>`,
# partials `_*` left out, NOTES.txt and templates that render empty kept), after dependency
# processing (conditions, tags, aliases, import-values) and value coalescing. It is not the
# `helm template` text: no `---` splitting, no install-order sort, no hook separation, no CRDs.
# So expected.yaml holds exactly that map, with keys sorted, each entry written as
#
#     ---
#     # Source: <path>
#     <rendered text, byte for byte>
#     <one newline>
#
# and tests/charts_golden.rs prints the same thing from ferroflux's engine at the same stage
# (process_dependencies + to_render_values + Engine::render) and compares the strings. It also
# checks that `action::template` succeeds and prints every document of that map.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
venv="${HOME}/.cache/ferroflux/helm-sdk"
if [ ! -x "${venv}/bin/python" ]; then
    python3 -m venv "${venv}"
fi
if ! "${venv}/bin/python" -c 'import importlib.metadata as m, sys; sys.exit(m.version("helm-python-sdk") != "0.2.2")' 2>/dev/null; then
    "${venv}/bin/pip" install --quiet 'helm-python-sdk==0.2.2'
fi

"${venv}/bin/python" - "${here}" <<'PY'
import os
import sys

from helm_python import Chart, values_from_yaml
from helm_python.errors import HelmError

RELEASE = "golden"
NAMESPACE = "golden-ns"

root = sys.argv[1]


def values(path):
    if not os.path.exists(path):
        return {}
    with open(path, encoding="utf-8") as f:
        return values_from_yaml(f.read())


def render(chart_dir, values_file):
    with Chart.load(chart_dir) as chart:
        return chart.render(values(values_file), name=RELEASE, namespace=NAMESPACE)


for name in sorted(os.listdir(root)):
    chart_dir = os.path.join(root, name)
    if not os.path.isfile(os.path.join(chart_dir, "Chart.yaml")):
        continue
    out = render(chart_dir, os.path.join(chart_dir, "test-values.yaml"))
    text = "".join(f"---\n# Source: {path}\n{out[path]}\n" for path in sorted(out))
    with open(os.path.join(chart_dir, "expected.yaml"), "w", encoding="utf-8") as f:
        f.write(text)
    print(f"{name}: {len(out)} templates -> expected.yaml")
    error_values = os.path.join(chart_dir, "error-values.yaml")
    if os.path.exists(error_values):
        try:
            render(chart_dir, error_values)
        except HelmError as err:
            with open(os.path.join(chart_dir, "expected-error.txt"), "w", encoding="utf-8") as f:
                f.write(f"{err}\n")
            print(f"{name}: error -> expected-error.txt")
        else:
            sys.exit(f"{name}: error-values.yaml rendered without an error")
PY
