<?cs # staff/admin_company.cs: what customers are told about the company: its name on the public pages and a contact line under them. ?><?cs set:Page.title = Lang.company.title ?><?cs include:"layout/top.cs" ?><?cs include:"layout/forms.cs" ?>
<h1><?cs var:Lang.company.title ?></h1>
<p><?cs var:Lang.company.intro ?> <a href="/feedback/"><?cs var:Lang.company.public_form ?></a></p>
<form method="post" action="/admin/company" class="card">
<input type="hidden" name="csrf_token" value="<?cs var:Page.csrf ?>">
<?cs call:text_field("company_name", Lang.company.name, "text", "required") ?>
<?cs call:text_field("company_contact", Lang.company.contact, "text", "") ?>
<p><small><?cs var:Lang.company.contact_help ?></small></p>
<button type="submit"><?cs var:Lang.company.save ?></button>
</form>
<?cs include:"layout/bottom.cs" ?>
