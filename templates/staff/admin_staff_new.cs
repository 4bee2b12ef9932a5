<?cs # staff/admin_staff_new.cs: the form to add a staff member. ?><?cs set:Page.title = Lang.staff.new ?><?cs include:"layout/top.cs" ?>
<?cs def:field_error(name) ?><?cs if:Form.errors[name] ?><p class="field-error" id="err-<?cs var:name ?>"><?cs var:Form.errors[name] ?></p><?cs /if ?><?cs /def ?>
<section class="card narrow">
<h1><?cs var:Lang.staff.new ?></h1>
<?cs if:subcount(Form.errors) > 0 ?><p class="error" role="alert"><?cs var:Lang.err.form ?></p><?cs /if ?>
<form method="post" action="/admin/staff/new">
<input type="hidden" name="csrf_token" value="<?cs var:Page.csrf ?>">
<div class="field">
<label for="username"><?cs var:Lang.staff.username ?></label>
<input id="username" name="username" type="text" required maxlength="64" autocapitalize="none" spellcheck="false" value="<?cs var:Form.username ?>"<?cs if:Form.errors.username ?> aria-invalid="true" aria-describedby="err-username"<?cs /if ?>>
<?cs call:field_error("username") ?>
</div>
<div class="field">
<label for="full_name"><?cs var:Lang.staff.name ?></label>
<input id="full_name" name="full_name" type="text" required maxlength="200" value="<?cs var:Form.full_name ?>"<?cs if:Form.errors.full_name ?> aria-invalid="true" aria-describedby="err-full_name"<?cs /if ?>>
<?cs call:field_error("full_name") ?>
</div>
<div class="field">
<label for="role"><?cs var:Lang.staff.role ?></label>
<select id="role" name="role">
<option value="agent"<?cs if:Form.role == "agent" ?> selected<?cs /if ?>><?cs var:Lang.role.agent ?></option>
<option value="manager"<?cs if:Form.role == "manager" ?> selected<?cs /if ?>><?cs var:Lang.role.manager ?></option>
<option value="admin"<?cs if:Form.role == "admin" ?> selected<?cs /if ?>><?cs var:Lang.role.admin ?></option>
</select>
<?cs call:field_error("role") ?>
</div>
<div class="field">
<label for="language"><?cs var:Lang.staff.language ?></label>
<select id="language" name="language">
<option value="en"<?cs if:Form.language == "en" ?> selected<?cs /if ?>>English</option>
<option value="fil"<?cs if:Form.language == "fil" ?> selected<?cs /if ?>>Filipino</option>
<option value="ms"<?cs if:Form.language == "ms" ?> selected<?cs /if ?>>Bahasa Melayu</option>
</select>
<?cs call:field_error("language") ?>
</div>
<div class="field">
<label for="password"><?cs var:Lang.staff.password ?></label>
<input id="password" name="password" type="password" autocomplete="new-password" required minlength="10" maxlength="1024" aria-describedby="password-help<?cs if:Form.errors.password ?> err-password<?cs /if ?>">
<p class="help" id="password-help"><?cs var:Lang.staff.password_help ?></p>
<?cs call:field_error("password") ?>
</div>
<button type="submit" class="primary"><?cs var:Lang.staff.create ?></button>
<a href="/admin/staff"><?cs var:Lang.staff.cancel ?></a>
</form>
</section>
<?cs include:"layout/bottom.cs" ?>
