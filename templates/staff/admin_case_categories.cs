<?cs # staff/admin_case_categories.cs: the categories customers choose from on the public form, named in the three languages. ?><?cs set:Page.title = Lang.case_categories.title ?><?cs include:"layout/top.cs" ?><?cs include:"layout/forms.cs" ?>
<h1><?cs var:Lang.case_categories.title ?></h1>
<p class="help"><?cs var:Lang.case_categories.help ?></p>
<?cs if:subcount(Form.errors) > 0 ?><p class="error" role="alert"><?cs var:Lang.err.form ?><?cs if:Form.errors.name ?> <?cs var:Form.errors.name ?><?cs /if ?></p><?cs /if ?>
<section class="card">
<h2><?cs var:Lang.case_categories.add ?></h2>
<form method="post" action="/admin/case-categories" class="grid-form">
<input type="hidden" name="csrf_token" value="<?cs var:Page.csrf ?>">
<div class="field"><label for="new-name">English</label><input id="new-name" name="name" type="text" required maxlength="80"></div>
<div class="field"><label for="new-name_fil">Filipino</label><input id="new-name_fil" name="name_fil" type="text" maxlength="80"></div>
<div class="field"><label for="new-name_ms">Bahasa Melayu</label><input id="new-name_ms" name="name_ms" type="text" maxlength="80"></div>
<div class="actions"><button type="submit" class="primary"><?cs var:Lang.case_categories.add ?></button></div>
</form>
</section>
<?cs each:c = Items ?><section class="card<?cs if:c.active != "1" ?> retired<?cs /if ?>">
<form method="post" action="/admin/case-categories/<?cs var:c.id ?>" class="grid-form">
<input type="hidden" name="csrf_token" value="<?cs var:Page.csrf ?>">
<div class="field"><label for="c<?cs var:c.id ?>-name">English</label><input id="c<?cs var:c.id ?>-name" name="name" type="text" required maxlength="80" value="<?cs var:c.name ?>"></div>
<div class="field"><label for="c<?cs var:c.id ?>-fil">Filipino</label><input id="c<?cs var:c.id ?>-fil" name="name_fil" type="text" maxlength="80" value="<?cs var:c.name_fil ?>"></div>
<div class="field"><label for="c<?cs var:c.id ?>-ms">Bahasa Melayu</label><input id="c<?cs var:c.id ?>-ms" name="name_ms" type="text" maxlength="80" value="<?cs var:c.name_ms ?>"></div>
<div class="field"><label class="choice"><input type="checkbox" name="active" value="1"<?cs if:c.active == "1" ?> checked<?cs /if ?>> <?cs var:Lang.case_categories.active ?></label></div>
<div class="actions"><button type="submit"><?cs var:Lang.staff.save ?><span class="visually-hidden">: <?cs var:c.name ?></span></button> <small><?cs var:c.uses ?> <?cs var:Lang.case_categories.uses ?></small></div>
</form>
</section>
<?cs /each ?>
<?cs include:"layout/bottom.cs" ?>
