<?cs # staff/admin_motivation.cs: the rules of recognition (admins): employee of the month, the bonus rule, private plain revenue. ?><?cs set:Page.title = Lang.motivation.title ?><?cs include:"layout/top.cs" ?><?cs include:"layout/forms.cs" ?>
<h1><?cs var:Lang.motivation.title ?></h1>
<?cs if:subcount(Form.errors) > 0 ?><p class="error" role="alert"><?cs var:Lang.err.form ?></p><?cs /if ?>
<section class="card narrow">
<form method="post" action="/admin/motivation">
<input type="hidden" name="csrf_token" value="<?cs var:Page.csrf ?>">
<?cs call:text_field("eom_min_percent", Lang.motivation.eom_min, "text", "required") ?>
<?cs call:enum_select("bonus_rule", Lang.motivation.rule_label, Lang.motivation.rule, Form.bonus_rule, "") ?>
<?cs call:text_field("bonus_percent", Lang.motivation.bonus_percent, "text", "required") ?>
<?cs call:text_field("bonus_steps", Lang.motivation.bonus_steps, "text", "") ?>
<p class="help"><?cs var:Lang.motivation.steps_help ?></p>
<div class="field"><label><input type="checkbox" name="revenue_private" value="1"<?cs if:Form.revenue_private ?> checked<?cs /if ?>> <?cs var:Lang.motivation.revenue_private ?></label></div>
<button type="submit" class="primary"><?cs var:Lang.staff.save ?></button>
</form>
</section>
<?cs include:"layout/bottom.cs" ?>
