<?cs # staff/login.cs: the sign-in form. ?><?cs set:Page.title = Lang.login.title ?><?cs include:"layout/top.cs" ?>
<section class="card narrow">
<h1><?cs var:Lang.login.title ?></h1>
<?cs if:Form.error ?><p class="error" role="alert" id="login-error"><?cs var:Form.error ?></p><?cs /if ?>
<form method="post" action="/login">
<input type="hidden" name="csrf_token" value="<?cs var:Page.csrf ?>">
<?cs if:Form.next ?><input type="hidden" name="next" value="<?cs var:Form.next ?>"><?cs /if ?>
<div class="field">
<label for="username"><?cs var:Lang.login.username ?></label>
<input id="username" name="username" type="text" autocomplete="username" autocapitalize="none" spellcheck="false" required maxlength="64" value="<?cs var:Form.username ?>"<?cs if:Form.error ?> aria-describedby="login-error"<?cs /if ?> autofocus>
</div>
<div class="field">
<label for="password"><?cs var:Lang.login.password ?></label>
<input id="password" name="password" type="password" autocomplete="current-password" required maxlength="1024">
</div>
<button type="submit" class="primary"><?cs var:Lang.login.submit ?></button>
</form>
</section>
<?cs include:"layout/bottom.cs" ?>
