<?cs # staff/report_cases.cs: the cases report: a period and a grouping, counts, response and resolution times, SLA compliance, satisfaction, compensation; CSV and the chart by category. ?><?cs set:Page.title = Lang.case.report_title ?><?cs include:"layout/top.cs" ?><?cs include:"layout/forms.cs" ?>
<div class="page-head">
<h1><?cs var:Lang.case.report_title ?></h1>
<a class="button" href="/reports/cases.csv?<?cs var:Report.query ?>" id="report-csv"><?cs var:Lang.case.csv ?></a>
</div>
<form method="get" action="/reports/cases" class="card filters">
<?cs call:enum_select("by", Lang.case.by, Lang.case_group, Form.by, "") ?>
<?cs call:text_field("from", Lang.case.from_month, "month", "") ?>
<?cs call:text_field("to", Lang.case.to_month, "month", "") ?>
<div class="field"><button type="submit" class="primary"><?cs var:Lang.case.show ?></button></div>
</form>
<div class="table-wrap">
<table id="case-report">
<caption><?cs var:Lang.case_group[Form.by] ?>, <?cs var:Form.from ?> &ndash; <?cs var:Form.to ?>. <?cs var:Lang.case.hours_help ?></caption>
<thead><tr>
<th scope="col"><?cs var:Lang.case_group[Form.by] ?></th>
<th scope="col"><?cs var:Lang.case.cases ?></th>
<th scope="col"><?cs var:Lang.case.open_count ?></th>
<th scope="col"><?cs var:Lang.case.first_response ?></th>
<th scope="col"><?cs var:Lang.case.first_response_met ?></th>
<th scope="col"><?cs var:Lang.case.resolution ?></th>
<th scope="col"><?cs var:Lang.case.resolution_met ?></th>
<th scope="col"><?cs var:Lang.case.satisfaction ?></th>
<th scope="col"><?cs var:Lang.case.compensation ?></th>
</tr></thead>
<tbody>
<?cs each:r = Rows ?><tr<?cs if:!r.key ?> class="total"<?cs /if ?> data-key="<?cs var:r.key ?>">
<th scope="row" data-label="<?cs var:Lang.case_group[Form.by] ?>"><?cs if:!r.key ?><?cs var:Lang.case.total ?><?cs elif:Form.by == "kind" ?><?cs var:Lang.case_kind[r.key] ?><?cs elif:Form.by == "month" ?><?cs var:r.key ?><?cs else ?><?cs alt:r.label ?><?cs var:Lang.case.none_group ?><?cs /alt ?><?cs /if ?></th>
<td data-label="<?cs var:Lang.case.cases ?>" class="num"><?cs var:r.cases ?></td>
<td data-label="<?cs var:Lang.case.open_count ?>" class="num"><?cs var:r.open ?></td>
<td data-label="<?cs var:Lang.case.first_response ?>" class="num"><?cs if:r.response_h != "" ?><?cs var:r.response_h ?> h (<?cs var:r.responded ?>)<?cs /if ?></td>
<td data-label="<?cs var:Lang.case.first_response_met ?>" class="num"><?cs if:r.response_met != "" ?><?cs var:r.response_met ?>%<?cs /if ?></td>
<td data-label="<?cs var:Lang.case.resolution ?>" class="num"><?cs if:r.resolution_h != "" ?><?cs var:r.resolution_h ?> h (<?cs var:r.resolved ?>)<?cs /if ?></td>
<td data-label="<?cs var:Lang.case.resolution_met ?>" class="num"><?cs if:r.resolution_met != "" ?><?cs var:r.resolution_met ?>%<?cs /if ?></td>
<td data-label="<?cs var:Lang.case.satisfaction ?>" class="num"><?cs if:r.rating != "" ?><?cs var:r.rating ?>/5 (<?cs var:r.rated ?>)<?cs /if ?></td>
<td data-label="<?cs var:Lang.case.compensation ?>" class="num"><?cs var:money(r.compensation) ?></td>
</tr>
<?cs /each ?>
</tbody>
</table>
</div>
<section class="card">
<h2><?cs var:Lang.case.chart_title ?></h2>
<img src="/reports/cases/chart.svg?<?cs var:Report.query ?>" alt="<?cs var:Lang.case.chart_alt ?>" width="640" id="case-chart">
<p><a href="/reports/cases/chart.csv?<?cs var:Report.query ?>" id="chart-csv"><?cs var:Lang.case.csv ?></a></p>
</section>
<?cs include:"layout/bottom.cs" ?>
