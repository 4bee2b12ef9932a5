<?cs # layout/bottom.cs: footer with the language choice (a form for staff, links for visitors). ?>
</main>
<footer class="bottom">
<?cs if:User.id ?>
<form method="post" action="/prefs/language" class="lang-form">
<input type="hidden" name="csrf_token" value="<?cs var:Page.csrf ?>">
<input type="hidden" name="next" value="<?cs var:Page.path ?>">
<label for="lang-select"><?cs var:Lang.nav.language ?></label>
<select id="lang-select" name="lang">
<option value="en"<?cs if:Page.lang == "en" ?> selected<?cs /if ?>>English</option>
<option value="fil"<?cs if:Page.lang == "fil" ?> selected<?cs /if ?>>Filipino</option>
<option value="ms"<?cs if:Page.lang == "ms" ?> selected<?cs /if ?>>Bahasa Melayu</option>
</select>
<button type="submit"><?cs var:Lang.nav.change ?></button>
</form>
<?cs else ?>
<?cs if:Company.company_contact ?><p class="contact" id="company-contact"><?cs var:Lang.company.contact_label ?>: <?cs var:Company.company_contact ?></p><?cs /if ?>
<nav class="lang-links" aria-label="<?cs var:Lang.nav.language ?>">
<span><?cs var:Lang.nav.language ?>:</span>
<a href="?lang=en" hreflang="en" lang="en"<?cs if:Page.lang == "en" ?> aria-current="true"<?cs /if ?>>English</a>
<a href="?lang=fil" hreflang="fil" lang="fil"<?cs if:Page.lang == "fil" ?> aria-current="true"<?cs /if ?>>Filipino</a>
<a href="?lang=ms" hreflang="ms" lang="ms"<?cs if:Page.lang == "ms" ?> aria-current="true"<?cs /if ?>>Bahasa Melayu</a>
</nav>
<?cs /if ?>
</footer>
</body>
</html>
