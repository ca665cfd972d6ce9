/** The dashboard's one HTML page: a shell the script fills; it holds no data, so nothing in it needs escaping. */
export const DASHBOARD_HTML = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Claim Ledger</title>
<link rel="stylesheet" href="/dashboard/app.css">
</head>
<body>
<header><a class="brand" href="#/claims">Claim Ledger</a><nav id="nav"></nav></header>
<main id="main" aria-live="polite"></main>
<script src="/dashboard/app.js"></script>
</body>
</html>
`;

export const DASHBOARD_CSS = `
body { font: 14px/1.45 system-ui, sans-serif; margin: 0; color: #1b1b1b; background: #fafafa; }
header { display: flex; gap: 1.5rem; align-items: center; padding: .6rem 1.2rem; background: #20303f; }
header a, header button { color: #fff; text-decoration: none; margin-right: 1rem; }
header button { background: none; border: 1px solid #fff6; border-radius: 3px; cursor: pointer; }
.brand { font-weight: 700; }
main { padding: 1rem 1.2rem; max-width: 1200px; }
.filters { display: flex; flex-wrap: wrap; gap: .5rem 1rem; align-items: end; margin-bottom: 1rem; }
.filters label { display: flex; flex-direction: column; font-size: 12px; }
table.claims { border-collapse: collapse; width: 100%; background: #fff; }
table.claims th, table.claims td { border-bottom: 1px solid #ddd; padding: .3rem .5rem; text-align: left; vertical-align: top; }
tr.marked { background: #fff7e6; }
.meta { color: #555; font-size: 12px; }
.reason { color: #6b3d00; }
.error { color: #a00; font-weight: 600; }
li.conflicts strong { color: #b00020; } li.updates strong { color: #00577a; }
.article-body { white-space: pre-wrap; background: #fff; padding: 1rem; border: 1px solid #ddd; max-width: 80ch; }
mark { background: #ffe58a; }
.login { display: flex; flex-direction: column; gap: .5rem; max-width: 320px; }
.feed li { margin-bottom: .8rem; }
`;
