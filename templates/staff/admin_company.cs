<?cs # staff/admin_company.cs: what customers are told about the company: its name on the public pages and a contact line under them; how their e-mail notices fare. ?><?cs set:Page.title = Lang.company.title ?><?cs include:"layout/top.cs" ?><?cs include:"layout/forms.cs" ?>
<h1><?cs var:Lang.company.title ?></h1>
<p><?cs var:Lang.company.intro ?> <a href="/feedback/"><?cs var:Lang.company.public_form ?></a></p>
<form method="post" action="/admin/company" class="card">
<input type="hidden" name="csrf_token" value="<?cs var:Page.csrf ?>">
<?cs call:text_field("company_name", Lang.company.name, "text", "required") ?>
<?cs call:text_field("company_contact", Lang.company.contact, "text", "") ?>
<p><small><?cs var:Lang.company.contact_help ?></small></p>
<button type="submit"><?cs var:Lang.company.save ?></button>
</form>
<section class="card" id="notices" aria-labelledby="notices-h">
<h2 id="notices-h"><?cs var:Lang.company.notices_title ?></h2>
<p><small><?cs var:Lang.company.notices_help ?></small></p>
<dl class="facts">
<dt><?cs var:Lang.company.sendmail ?></dt><dd id="notices-sendmail"><?cs if:Notices.sendmail == "1" ?><?cs var:Lang.company.sendmail_yes ?><?cs else ?><strong><?cs var:Lang.company.sendmail_no ?></strong><?cs /if ?></dd>
<dt><?cs var:Lang.company.public_url ?></dt><dd id="notices-public-url"><?cs if:Notices.public_url ?><?cs var:Notices.public_url ?>/feedback/<?cs else ?><?cs var:Lang.company.public_url_no ?><?cs /if ?></dd>
<dt><?cs var:Lang.company.waiting ?></dt><dd id="notices-waiting"><?cs var:Notices.waiting ?></dd>
<dt><?cs var:Lang.company.failed ?></dt><dd id="notices-failed"><?cs var:Notices.failed ?><?cs if:Notices.reason ?> &mdash; <?cs var:Notices.reason ?><?cs /if ?></dd>
<dt><?cs var:Lang.company.last_sent ?></dt><dd id="notices-last-sent"><?cs alt:Notices.last_sent ?><?cs var:Lang.company.never ?><?cs /alt ?></dd>
</dl>
</section>
<?cs include:"layout/bottom.cs" ?>
