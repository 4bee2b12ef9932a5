<?cs # staff/report_clients.cs: clients by value and the lapsed lists (LYBUNT, SYBUNT), with CSV export. ?><?cs set:Page.title = Lang.report.title ?><?cs include:"layout/top.cs" ?><?cs include:"layout/forms.cs" ?>
<?cs set:filters = "list=" + url_escape(Form.list) + "&sort=" + url_escape(Form.sort) + "&manager=" + url_escape(Form.manager) + "&segment=" + url_escape(Form.segment) ?>
<div class="page-head">
<h1><?cs var:Lang.report.title ?></h1>
<a class="button" id="report-csv" href="/reports/clients.csv?<?cs var:filters ?>"><?cs var:Lang.client.export ?></a>
</div>
<form method="get" action="/reports/clients" class="card filters">
<?cs call:enum_select("list", Lang.report.list_label, Lang.report.list, Form.list, "") ?>
<?cs call:enum_select("sort", Lang.report.sort_label, Lang.report.sort, Form.sort, "") ?>
<?cs call:id_select("manager", Lang.client.manager, Managers, Form.manager, Lang.client.any) ?>
<?cs call:id_select("segment", Lang.client.segment, Segments, Form.segment, Lang.client.any) ?>
<div class="field"><button type="submit" class="primary"><?cs var:Lang.report.show ?></button></div>
</form>
<p class="help"><?cs if:Form.list == "lybunt" ?><?cs var:Lang.report.help_lybunt ?><?cs elif:Form.list == "sybunt" ?><?cs var:Lang.report.help_sybunt ?><?cs else ?><?cs var:Lang.report.help_value ?><?cs /if ?></p>
<?cs if:subcount(Report) > 0 ?>
<div class="table-wrap">
<table id="report">
<thead><tr>
<th scope="col"><?cs var:Lang.client.name ?></th>
<th scope="col"><?cs var:Lang.client.manager ?></th>
<th scope="col"><?cs var:Lang.loyalty.tier ?></th>
<th scope="col"><?cs var:Lang.econ.revenue ?></th>
<th scope="col"><?cs var:Lang.econ.margin ?></th>
<th scope="col"><?cs var:Lang.econ.purchases ?></th>
<th scope="col"><?cs var:Lang.econ.first_last ?></th>
<th scope="col"><?cs var:Lang.econ.tenure ?></th>
</tr></thead>
<tbody>
<?cs each:r = Report ?><tr data-client="<?cs var:r.id ?>">
<td data-label="<?cs var:Lang.client.name ?>"><a href="/clients/<?cs var:r.id ?>"><?cs var:r.name ?></a><?cs if:r.segment ?> <small>(<?cs var:r.segment ?>)</small><?cs /if ?></td>
<td data-label="<?cs var:Lang.client.manager ?>"><?cs var:r.manager ?></td>
<td data-label="<?cs var:Lang.loyalty.tier ?>"><?cs var:r.tier ?></td>
<td data-label="<?cs var:Lang.econ.revenue ?>" class="num"><?cs var:money(r.revenue) ?></td>
<td data-label="<?cs var:Lang.econ.margin ?>" class="num"><?cs var:money(r.margin) ?></td>
<td data-label="<?cs var:Lang.econ.purchases ?>" class="num"><?cs var:r.purchases ?><?cs if:r.returns != "0" ?> <small>(<?cs var:r.returns ?> <?cs var:Lang.econ.returns ?>)</small><?cs /if ?></td>
<td data-label="<?cs var:Lang.econ.first_last ?>"><?cs var:r.first ?> &ndash; <?cs var:r.last ?></td>
<td data-label="<?cs var:Lang.econ.tenure ?>"><?cs if:r.months >= 12 ?><?cs var:r.months / 12 ?> <?cs var:Lang.econ.years ?> <?cs /if ?><?cs var:r.months % 12 ?> <?cs var:Lang.econ.months ?></td>
</tr>
<?cs /each ?>
</tbody>
</table>
</div>
<?cs else ?><p class="card"><?cs var:Lang.report.none ?></p><?cs /if ?>
<nav class="pager" aria-label="<?cs var:Lang.client.pages ?>">
<?cs if:Form.after ?><a href="/reports/clients?<?cs var:filters ?>"><?cs var:Lang.client.first ?></a><?cs /if ?>
<?cs if:Page.next_after ?><a rel="next" href="/reports/clients?<?cs var:filters ?>&amp;after=<?cs var:Page.next_after ?>"><?cs var:Lang.client.next ?></a><?cs /if ?>
</nav>
<?cs include:"layout/bottom.cs" ?>
