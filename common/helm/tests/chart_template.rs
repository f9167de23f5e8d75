#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
//! Chart loading and `helm template` output on small charts built in the test: archives,
//! subchart aliases, tags and conditions, library charts, `.Files` helpers, hooks and
//! install order.

use std::io::Write;

use ferroflux_helm::{ChartFile, Map, TemplateOptions, load_archive, load_files, template};

fn file(name: &str, text: &str) -> ChartFile {
    ChartFile {
        name: name.to_string(),
        data: text.as_bytes().to_vec(),
    }
}

fn tgz(entries: &[(&str, &str)]) -> Vec<u8> {
    let mut builder = tar::Builder::new(flate2::write::GzEncoder::new(
        Vec::new(),
        flate2::Compression::default(),
    ));
    for (path, text) in entries {
        let mut header = tar::Header::new_gnu();
        header.set_size(text.len() as u64);
        header.set_mode(0o644);
        header.set_entry_type(tar::EntryType::Regular);
        let name = header.as_old_mut().name.as_mut();
        name[..path.len()].copy_from_slice(path.as_bytes());
        header.set_cksum();
        builder.append(&header, text.as_bytes()).unwrap();
    }
    let gz = builder.into_inner().unwrap();
    let mut out = gz.finish().unwrap();
    out.flush().unwrap();
    out
}

fn render(files: Vec<ChartFile>, values: &Map) -> String {
    let chart = load_files(files).unwrap();
    template(&chart, values, &TemplateOptions::default()).unwrap()
}

#[test]
fn an_archive_loads_with_its_top_directory_stripped() {
    let bytes = tgz(&[
        ("web/Chart.yaml", "apiVersion: v2\nname: web\nversion: 1.0.0\n"),
        ("web/values.yaml", "port: 80\n"),
        ("web/templates/svc.yaml", "kind: Service\nport: {{ .Values.port }}\n"),
    ]);
    let chart = load_archive(&bytes).unwrap();
    let out = template(&chart, &Map::new(), &TemplateOptions::default()).unwrap();
    assert_eq!(out, "---\n# Source: web/templates/svc.yaml\nkind: Service\nport: 80\n");
}

#[test]
fn archive_entries_that_escape_the_chart_are_rejected() {
    let bytes = tgz(&[
        ("web/../../etc/passwd", "x"),
        ("web/Chart.yaml", "name: web\nversion: 1.0.0\n"),
    ]);
    let err = load_archive(&bytes).unwrap_err().to_string();
    assert!(err.contains("illegally references parent directory"), "{err}");
}

#[test]
fn aliases_tags_and_conditions_select_subcharts() {
    let sub = tgz(&[
        ("db/Chart.yaml", "apiVersion: v2\nname: db\nversion: 0.1.0\n"),
        ("db/values.yaml", "size: 1\n"),
        (
            "db/templates/cm.yaml",
            "kind: ConfigMap\nname: {{ .Chart.Name }}-{{ .Values.size }}\n",
        ),
    ]);
    let files = vec![
        file(
            "Chart.yaml",
            "apiVersion: v2\nname: app\nversion: 1.0.0\ndependencies:\n- name: db\n  version: ~0.1\n  alias: primary\n  condition: primary.enabled\n- name: db\n  version: 0.1.0\n  alias: replica\n  tags: [replicas]\n- name: db\n  version: \">=0.1\"\n  alias: off\n  condition: off.enabled\n",
        ),
        file(
            "values.yaml",
            "primary:\n  size: 3\nreplica:\n  size: 2\ntags:\n  replicas: true\noff:\n  enabled: false\n",
        ),
        ChartFile {
            name: "charts/db-0.1.0.tgz".into(),
            data: sub,
        },
    ];
    let out = render(files, &Map::new());
    assert_eq!(
        out,
        "---\n# Source: app/charts/primary/templates/cm.yaml\nkind: ConfigMap\nname: primary-3\n\n\
         ---\n# Source: app/charts/replica/templates/cm.yaml\nkind: ConfigMap\nname: replica-2\n"
    );
}

#[test]
fn library_subcharts_give_helpers_but_no_manifests() {
    let files = vec![
        file("Chart.yaml", "apiVersion: v2\nname: app\nversion: 1.0.0\n"),
        file(
            "templates/cm.yaml",
            "kind: ConfigMap\nname: {{ include \"lib.name\" . }}\n",
        ),
        file(
            "charts/lib/Chart.yaml",
            "apiVersion: v2\nname: lib\nversion: 1.0.0\ntype: library\n",
        ),
        file(
            "charts/lib/templates/_h.tpl",
            "{{ define \"lib.name\" }}{{ .Release.Name }}-x{{ end }}",
        ),
        file("charts/lib/templates/cm.yaml", "kind: ConfigMap\nname: never\n"),
    ];
    let out = render(files, &Map::new());
    assert_eq!(
        out,
        "---\n# Source: app/templates/cm.yaml\nkind: ConfigMap\nname: release-name-x\n"
    );
}

#[test]
fn files_glob_as_config_and_lines_work_like_helm() {
    let files = vec![
        file("Chart.yaml", "apiVersion: v2\nname: app\nversion: 1.0.0\n"),
        file("conf/a.toml", "a = 1\n"),
        file("conf/b.toml", "b = 2\n"),
        file(
            "templates/cm.yaml",
            "kind: ConfigMap\ndata:\n{{ (.Files.Glob \"conf/*.toml\").AsConfig | indent 2 }}\nsecret:\n{{ (.Files.Glob \"conf/a.*\").AsSecrets | indent 2 }}\nlines: {{ len (.Files.Lines \"conf/a.toml\") }}\nbase: {{ .Template.BasePath }}\n",
        ),
    ];
    let out = render(files, &Map::new());
    assert_eq!(
        out,
        "---\n# Source: app/templates/cm.yaml\nkind: ConfigMap\ndata:\n  a.toml: |\n    a = 1\n  b.toml: |\n    b = 2\nsecret:\n  a.toml: YSA9IDEK\nlines: 1\nbase: app/templates\n"
    );
}

#[test]
fn manifests_follow_install_order_and_hooks_come_last() {
    let files = vec![
        file("Chart.yaml", "apiVersion: v2\nname: app\nversion: 1.0.0\n"),
        file(
            "templates/all.yaml",
            "kind: Deployment\n---\nkind: Job\nmetadata:\n  annotations:\n    helm.sh/hook: pre-install\n---\nkind: Namespace\n---  \n\nkind: Widget\n",
        ),
        file("templates/NOTES.txt", "hello"),
        file("templates/_helpers.tpl", "kind: Nothing"),
    ];
    let out = render(files, &Map::new());
    assert_eq!(
        out,
        "---\n# Source: app/templates/all.yaml\nkind: Namespace\n---\n# Source: app/templates/all.yaml\nkind: Deployment\n\
         ---\n# Source: app/templates/all.yaml\nkind: Widget\n\
         ---\n# Source: app/templates/all.yaml\nkind: Job\nmetadata:\n  annotations:\n    helm.sh/hook: pre-install\n"
    );
}

#[test]
fn bad_charts_are_errors() {
    let err = load_files(vec![file("Chart.yaml", "apiVersion: v2\nname: app\n")]).unwrap_err();
    assert_eq!(err.to_string(), "validation: chart.metadata.version is required");
    let err = load_files(vec![file("Chart.yaml", ": : :\n")]).unwrap_err();
    assert!(err.to_string().starts_with("cannot load Chart.yaml"), "{err}");
    let lib = load_files(vec![file(
        "Chart.yaml",
        "apiVersion: v2\nname: l\nversion: 1.0.0\ntype: library\n",
    )])
    .unwrap();
    let err = template(&lib, &Map::new(), &TemplateOptions::default()).unwrap_err();
    assert_eq!(err.to_string(), "library charts are not installable");
}
