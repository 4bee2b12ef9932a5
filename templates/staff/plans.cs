<?cs # staff/plans.cs: the month's sales plans (company and each seller), set row by row, copied forward in one action. ?><?cs set:Page.title = Lang.plans.title ?><?cs include:"layout/top.cs" ?><?cs include:"layout/forms.cs" ?>
<div class="page-head">
<h1><?cs var:Lang.plans.title ?> <small><?cs var:Plan.month ?></small></h1>
<form method="post" action="/plans/copy">
<input type="hidden" name="csrf_token" value="<?cs var:Page.csrf ?>">
<input type="hidden" name="month" value="<?cs var:Plan.month ?>">
<button type="submit" id="plans-copy"><?cs var:Lang.plans.copy ?></button>
</form>
</div>
<form method="get" action="/plans" class="card filters">
<?cs call:text_field("month", Lang.plans.month, "month", "") ?>
<div class="field"><button type="submit"><?cs var:Lang.report.show ?></button></div>
</form>
<?cs if:subcount(Form.errors) > 0 ?><p class="error" role="alert"><?cs var:Lang.err.form ?><?cs each:e = Form.errors ?> <?cs var:e ?><?cs /each ?></p><?cs /if ?>
<p class="help"><?cs var:Lang.plans.help ?></p>
<?cs def:plan_row(id, name, weighted, revenue, last_weighted, last_revenue) ?><tr<?cs if:id ?> data-staff="<?cs var:id ?>"<?cs else ?> id="plan-company"<?cs /if ?>>
<th scope="row"><?cs var:name ?></th>
<td data-label="<?cs var:Lang.plans.last ?>"><?cs if:last_weighted ?><?cs var:last_weighted ?><?cs if:last_revenue ?> / <?cs var:last_revenue ?><?cs /if ?><?cs else ?>&ndash;<?cs /if ?></td>
<td colspan="2">
<form method="post" action="/plans" class="inline-row">
<input type="hidden" name="csrf_token" value="<?cs var:Page.csrf ?>">
<input type="hidden" name="month" value="<?cs var:Plan.month ?>">
<input type="hidden" name="staff" value="<?cs var:id ?>">
<label for="w-<?cs alt:id ?>company<?cs /alt ?>"><?cs var:Lang.plans.weighted ?></label>
<input id="w-<?cs alt:id ?>company<?cs /alt ?>" name="weighted" inputmode="decimal" value="<?cs var:weighted ?>" required size="12">
<label for="r-<?cs alt:id ?>company<?cs /alt ?>"><?cs var:Lang.plans.revenue ?></label>
<input id="r-<?cs alt:id ?>company<?cs /alt ?>" name="revenue" inputmode="decimal" value="<?cs var:revenue ?>" size="12">
<button type="submit"><?cs var:Lang.staff.save ?></button>
</form>
</td>
</tr><?cs /def ?>
<div class="table-wrap"><table id="plans">
<thead><tr><th scope="col"><?cs var:Lang.plans.who ?></th><th scope="col"><?cs var:Lang.plans.last ?></th><th scope="col" colspan="2"><?cs var:Lang.plans.this ?></th></tr></thead>
<tbody>
<?cs call:plan_row("", Lang.plans.company, Company.weighted, Company.revenue, Company.last_weighted, Company.last_revenue) ?>
<?cs each:p = Plans ?><?cs call:plan_row(p.id, p.name, p.weighted, p.revenue, p.last_weighted, p.last_revenue) ?>
<?cs /each ?>
</tbody></table></div>
<?cs include:"layout/bottom.cs" ?>
