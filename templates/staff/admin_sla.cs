<?cs # staff/admin_sla.cs: the SLA rules: business hours, holidays, the warning share, targets per kind and priority, the public form's limits. ?><?cs set:Page.title = Lang.sla.title ?><?cs include:"layout/top.cs" ?><?cs include:"layout/forms.cs" ?>
<h1><?cs var:Lang.sla.title ?></h1>
<?cs if:subcount(Form.errors) > 0 ?><p class="error" role="alert"><?cs var:Lang.err.form ?></p><?cs /if ?>
<form method="post" action="/admin/sla">
<input type="hidden" name="csrf_token" value="<?cs var:Page.csrf ?>">
<section class="card">
<h2><?cs var:Lang.sla.calendar ?></h2>
<?cs call:text_field("week", Lang.sla.week, "text", "required") ?>
<p class="help"><?cs var:Lang.sla.week_help ?><?cs if:Sla.zone ?> (<?cs var:Lang.sla.zone ?> <?cs var:Sla.zone ?>)<?cs /if ?></p>
<div class="field">
<label for="f-holidays"><?cs var:Lang.sla.holidays ?></label>
<textarea id="f-holidays" name="holidays" rows="6"<?cs call:invalid("holidays") ?>><?cs var:Form.holidays ?></textarea>
<?cs call:field_error("holidays") ?>
<p class="help"><?cs var:Lang.sla.holidays_help ?></p>
</div>
<?cs call:text_field("warn_percent", Lang.sla.warn_percent, "text", "required") ?>
</section>
<section class="card">
<h2><?cs var:Lang.sla.targets ?></h2>
<p class="help"><?cs var:Lang.sla.targets_help ?></p>
<div class="table-wrap"><table id="sla-targets">
<thead><tr><th scope="col"><?cs var:Lang.case.kind ?></th><th scope="col"><?cs var:Lang.case.priority ?></th><th scope="col"><?cs var:Lang.case.first_response ?></th><th scope="col"><?cs var:Lang.case.resolution ?></th></tr></thead>
<tbody>
<?cs each:k = Kinds ?><?cs each:p = Priorities ?><?cs set:fr = "fr_" + k + "_" + p ?><?cs set:res = "res_" + k + "_" + p ?><tr>
<th scope="row" data-label="<?cs var:Lang.case.kind ?>"><?cs var:Lang.case_kind[k] ?></th>
<td data-label="<?cs var:Lang.case.priority ?>"><?cs var:Lang.priority[p] ?></td>
<td data-label="<?cs var:Lang.case.first_response ?>"><label class="visually-hidden" for="f-<?cs var:fr ?>"><?cs var:Lang.case_kind[k] ?>, <?cs var:Lang.priority[p] ?>: <?cs var:Lang.case.first_response ?> (h)</label><input id="f-<?cs var:fr ?>" name="<?cs var:fr ?>" type="text" inputmode="decimal" size="6" value="<?cs var:Form[fr] ?>"<?cs call:invalid(fr) ?>> h<?cs call:field_error(fr) ?></td>
<td data-label="<?cs var:Lang.case.resolution ?>"><label class="visually-hidden" for="f-<?cs var:res ?>"><?cs var:Lang.case_kind[k] ?>, <?cs var:Lang.priority[p] ?>: <?cs var:Lang.case.resolution ?> (h)</label><input id="f-<?cs var:res ?>" name="<?cs var:res ?>" type="text" inputmode="decimal" size="6" value="<?cs var:Form[res] ?>"<?cs call:invalid(res) ?>> h<?cs call:field_error(res) ?></td>
</tr>
<?cs /each ?><?cs /each ?>
</tbody></table></div>
</section>
<section class="card">
<h2><?cs var:Lang.sla.public_form ?></h2>
<?cs call:text_field("rate_per_hour", Lang.sla.rate_per_hour, "text", "required") ?>
<?cs call:text_field("lookups_per_hour", Lang.sla.lookups_per_hour, "text", "required") ?>
<?cs call:text_field("min_seconds", Lang.sla.min_seconds, "text", "required") ?>
</section>
<button type="submit" class="primary"><?cs var:Lang.staff.save ?></button>
</form>
<?cs include:"layout/bottom.cs" ?>
