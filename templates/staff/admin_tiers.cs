<?cs # staff/admin_tiers.cs: loyalty tiers (name, spend threshold, discount) and the loyalty settings (admins). ?><?cs set:Page.title = Lang.loyalty.title ?><?cs include:"layout/top.cs" ?><?cs include:"layout/forms.cs" ?>
<h1><?cs var:Lang.loyalty.title ?></h1>
<?cs if:subcount(Form.errors) > 0 ?><p class="error" role="alert"><?cs alt:Form.errors.name ?><?cs var:Lang.err.form ?><?cs /alt ?></p><?cs /if ?>
<section class="card">
<h2><?cs var:Lang.loyalty.tiers ?></h2>
<p class="help"><?cs var:Lang.loyalty.tiers_help ?></p>
<div class="table-wrap"><table>
<thead><tr><th scope="col"><?cs var:Lang.loyalty.tier ?></th><th scope="col"><?cs var:Lang.loyalty.threshold ?></th><th scope="col"><?cs var:Lang.loyalty.percent ?></th><th scope="col"><?cs var:Lang.staff.actions ?></th></tr></thead>
<tbody>
<?cs each:t = Tiers ?><tr>
<td data-label="<?cs var:Lang.loyalty.tier ?>"><strong><?cs var:t.name ?></strong></td>
<td data-label="<?cs var:Lang.loyalty.threshold ?>"><?cs var:money(t.threshold) ?></td>
<td data-label="<?cs var:Lang.loyalty.percent ?>"><?cs var:percent(t.bp) ?>%</td>
<td data-label="<?cs var:Lang.staff.actions ?>">
<form method="post" action="/admin/tiers/<?cs var:t.id ?>" class="inline-row">
<input type="hidden" name="csrf_token" value="<?cs var:Page.csrf ?>">
<label for="tn-<?cs var:t.id ?>" class="visually-hidden"><?cs var:Lang.loyalty.tier ?></label><input id="tn-<?cs var:t.id ?>" name="name" value="<?cs var:t.name ?>" required maxlength="80" size="10">
<label for="tt-<?cs var:t.id ?>" class="visually-hidden"><?cs var:Lang.loyalty.threshold ?></label><input id="tt-<?cs var:t.id ?>" name="threshold" value="<?cs var:t.threshold_input ?>" required size="10" inputmode="decimal">
<label for="tp-<?cs var:t.id ?>" class="visually-hidden"><?cs var:Lang.loyalty.percent ?></label><input id="tp-<?cs var:t.id ?>" name="percent" value="<?cs var:percent(t.bp) ?>" required size="4" inputmode="decimal">
<button type="submit"><?cs var:Lang.staff.save ?></button>
</form>
<form method="post" action="/admin/tiers/<?cs var:t.id ?>/delete" class="inline">
<input type="hidden" name="csrf_token" value="<?cs var:Page.csrf ?>">
<button type="submit" class="danger"><?cs var:Lang.loyalty.delete ?><span class="visually-hidden"> <?cs var:t.name ?></span></button>
</form>
</td>
</tr>
<?cs /each ?>
</tbody></table></div>
<h3><?cs var:Lang.loyalty.add ?></h3>
<form method="post" action="/admin/tiers">
<input type="hidden" name="csrf_token" value="<?cs var:Page.csrf ?>">
<?cs call:text_field("name", Lang.loyalty.tier, "text", "required") ?>
<?cs call:text_field("threshold", Lang.loyalty.threshold, "text", "required") ?>
<?cs call:text_field("percent", Lang.loyalty.percent, "text", "required") ?>
<button type="submit" class="primary"><?cs var:Lang.loyalty.add ?></button>
</form>
</section>
<section class="card">
<h2><?cs var:Lang.loyalty.settings ?></h2>
<form method="post" action="/admin/loyalty">
<input type="hidden" name="csrf_token" value="<?cs var:Page.csrf ?>">
<?cs call:enum_select("window", Lang.loyalty.window_label, Lang.loyalty.window, Loyalty.window, "") ?>
<div class="field"><label><input type="checkbox" name="demotion" value="1"<?cs if:Loyalty.demotion == "1" ?> checked<?cs /if ?>> <?cs var:Lang.loyalty.demotion ?></label></div>
<div class="field"><label for="f-birthday_percent"><?cs var:Lang.loyalty.birthday_percent ?></label>
<input id="f-birthday_percent" name="birthday_percent" value="<?cs var:percent(Loyalty.birthday_bp) ?>" inputmode="decimal"<?cs call:invalid("birthday_percent") ?>><?cs call:field_error("birthday_percent") ?></div>
<div class="field"><label for="f-birthday_days"><?cs var:Lang.loyalty.birthday_days ?></label>
<input id="f-birthday_days" name="birthday_days" type="number" min="0" max="366" value="<?cs var:Loyalty.birthday_days ?>"<?cs call:invalid("birthday_days") ?>><?cs call:field_error("birthday_days") ?></div>
<?cs call:enum_select("combine", Lang.loyalty.combine_label, Lang.loyalty.combine, Loyalty.combine, "") ?>
<div class="field"><label for="f-cap_percent"><?cs var:Lang.loyalty.cap_percent ?></label>
<input id="f-cap_percent" name="cap_percent" value="<?cs var:percent(Loyalty.cap_bp) ?>" inputmode="decimal"<?cs call:invalid("cap_percent") ?>><?cs call:field_error("cap_percent") ?></div>
<button type="submit" class="primary"><?cs var:Lang.staff.save ?></button>
</form>
</section>
<?cs include:"layout/bottom.cs" ?>
