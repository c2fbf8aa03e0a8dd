/// The pages' one stylesheet, inline in each page so that a page is one file. Colours keep text at
/// a contrast of at least 4.5:1 on its background (WCAG 2.1 AA); meaning is never carried by
/// colour alone (markers have shapes and words). The print rules give clean A4 pages.
enum PageStyle {
    static let css = """
    :root{--ink:#1b1b1b;--muted:#4a4a4a;--line:#8a8a8a;--link:#1a4fb5;--paper:#fff;--tint:#eef3fb;--warn:#7a4a00;--error:#a11d1d}
    *{box-sizing:border-box}
    body{margin:0;font:1rem/1.5 system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;color:var(--ink);background:var(--paper)}
    a{color:var(--link)}
    code,td,th,dd,li,p{overflow-wrap:break-word}
    .matrix th[scope=row]{width:34%}
    .skip{position:absolute;left:-999px;top:0;background:var(--paper);padding:.5rem}
    .skip:focus{left:.5rem;z-index:2}
    header.page,main,footer,nav.toc{max-width:60rem;margin:0 auto;padding:0 1rem}
    header.page{border-bottom:2px solid var(--ink);padding-top:1rem}
    .kind{font-size:.9rem;text-transform:uppercase;letter-spacing:.05em;color:var(--muted);margin:0}
    h1{font-size:1.8rem;line-height:1.2;margin:.25rem 0 .75rem}
    h2{font-size:1.4rem;margin:2rem 0 0;border-top:1px solid var(--line);padding-top:1rem}
    h3{font-size:1.15rem;margin:1.25rem 0 .25rem}
    h4{font-size:1rem;margin:.75rem 0 .25rem}
    .purpose{color:var(--muted);margin:.25rem 0 .75rem;font-style:italic}
    dl.facts{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem;margin:0 0 1rem}
    dl.facts dt{font-weight:600}
    dl.facts dd{margin:0}
    nav.toc ol{columns:2 16rem;padding-left:1.25rem}
    .banner{border:3px solid var(--error);padding:.75rem 1rem;margin:1rem 0;background:#fff6f6}
    .banner h2{border:0;margin:0;padding:0;font-size:1.2rem;color:var(--error)}
    .sev{font-weight:700}
    .table-wrap{overflow-x:auto}
    table{border-collapse:collapse;width:100%;margin:.5rem 0 1rem}
    th,td{border:1px solid var(--line);padding:.4rem .5rem;text-align:left;vertical-align:top}
    thead th{background:var(--tint)}
    td.num{text-align:right;font-variant-numeric:tabular-nums}
    .matrix td.current{background:var(--tint)}
    .marker{display:inline-flex;align-items:center;gap:.3rem;font-weight:700;margin:0 .5rem .25rem 0}
    .evidence{font-weight:400;font-size:.9rem;margin:.25rem 0 0}
    .not-assessed{font-weight:700;color:var(--warn)}
    details summary{cursor:pointer;color:var(--link)}
    .bar{display:flex;align-items:center;gap:.5rem}
    .board{display:grid;grid-template-columns:repeat(auto-fit,minmax(12rem,1fr));gap:1rem}
    .board section{border:1px solid var(--line);padding:0 .75rem .75rem}
    .card{border:1px solid var(--line);border-left:6px solid var(--ink);padding:.5rem .75rem;margin:.5rem 0;background:var(--paper)}
    .card dl{margin:0}.card dt{font-weight:600;font-size:.9rem}.card dd{margin:0 0 .4rem}
    .pair{display:grid;grid-template-columns:repeat(auto-fit,minmax(16rem,1fr));gap:1rem}
    .outside{font-weight:700;color:var(--warn)}
    .over{font-weight:700;color:var(--error)}
    footer{color:var(--muted);font-size:.9rem;border-top:1px solid var(--line);margin-top:2rem;padding-bottom:2rem}
    @media (max-width:40rem){dl.facts{grid-template-columns:1fr}dl.facts dd{margin-bottom:.5rem}h1{font-size:1.5rem}}
    @page{size:A4;margin:18mm 15mm 20mm}
    @media print{
      .skip,nav.toc{display:none}
      body{font-size:10.5pt}
      main>section>h2{break-before:page;border-top:0}
      main>section:first-of-type>h2{break-before:auto}
      h2,h3,h4{break-after:avoid}
      table,.card,figure{break-inside:avoid}
      .matrix details{display:none}
      a{color:var(--ink);text-decoration:none}
    }
    """

    /// The running title printed at the top of every page: a CSS string, escaped so that no
    /// document text can end the string or the `<style>` element.
    static func runningTitle(_ title: String) -> String {
        var escaped = ""
        for scalar in title.unicodeScalars {
            switch scalar {
            case "\\", "\"", "<", ">", "&", "\n", "\r": escaped += "\\" + String(scalar.value, radix: 16) + " "
            default: escaped.unicodeScalars.append(scalar)
            }
        }
        return "@page{@top-center{content:\"\(escaped)\";font-size:9pt;color:#4a4a4a}}"
    }
}
