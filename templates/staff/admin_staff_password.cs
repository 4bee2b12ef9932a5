<?cs # staff/admin_staff_password.cs: an admin sets a new password for a staff member. ?><?cs set:Page.title = Lang.staff.password_title ?><?cs include:"layout/top.cs" ?>
<section class="card narrow">
<h1><?cs var:Lang.staff.password_title ?>: <?cs var:Target.username ?></h1>
<p><?cs var:Target.name ?></p>
<?cs if:Form.errors.password ?><p class="error" role="alert" id="err-password"><?cs var:Form.errors.password ?></p><?cs /if ?>
<form method="post" action="/admin/staff/<?cs var:Target.id ?>/password">
<input type="hidden" name="csrf_token" value="<?cs var:Page.csrf ?>">
<div class="field">
<label for="password"><?cs var:Lang.staff.password ?></label>
<input id="password" name="password" type="password" autocomplete="new-password" required minlength="10" maxlength="1024" aria-describedby="password-help">
<p class="help" id="password-help"><?cs var:Lang.staff.password_help ?> <?cs var:Lang.staff.password_ends ?></p>
</div>
<button type="submit" class="primary"><?cs var:Lang.staff.save ?></button>
<a href="/admin/staff"><?cs var:Lang.staff.cancel ?></a>
</form>
</section>
<?cs include:"layout/bottom.cs" ?>
