<?cs # staff/client_edit.cs: the full client form. ?><?cs set:Page.title = Lang.client.edit_title ?><?cs include:"layout/top.cs" ?><?cs include:"layout/forms.cs" ?>
<section class="card">
<h1><?cs var:Lang.client.edit_title ?>: <?cs var:Client.sort_name ?></h1>
<?cs if:subcount(Form.errors) > 0 ?><p class="error" role="alert"><?cs var:Lang.err.form ?></p><?cs /if ?>
<form method="post" action="/clients/<?cs var:Client.id ?>/edit" class="grid-form">
<input type="hidden" name="csrf_token" value="<?cs var:Page.csrf ?>">
<fieldset>
<legend><?cs var:Lang.client.who ?></legend>
<?cs call:enum_select("kind", Lang.client.kind, Lang.kind, Form.kind, "") ?>
<?cs call:text_field("given_name", Lang.client.given_name, "text", "") ?>
<?cs call:text_field("family_name", Lang.client.family_name, "text", "") ?>
<?cs call:text_field("company_name", Lang.client.company_name, "text", "") ?>
<?cs call:text_field("company_id", Lang.client.company_id, "text", "") ?>
<?cs call:text_field("birthday", Lang.client.birthday, "date", "") ?>
<?cs call:text_field("name_day", Lang.client.name_day, "text", "") ?>
</fieldset>
<fieldset>
<legend><?cs var:Lang.client.reach ?></legend>
<?cs call:text_field("phone1", Lang.client.phone + " 1", "tel", "") ?>
<?cs call:enum_select("phone1_kind", Lang.client.phone_kind + " 1", Lang.phonekind, Form.phone1_kind, Lang.client.none) ?>
<?cs call:text_field("phone2", Lang.client.phone + " 2", "tel", "") ?>
<?cs call:enum_select("phone2_kind", Lang.client.phone_kind + " 2", Lang.phonekind, Form.phone2_kind, Lang.client.none) ?>
<?cs call:text_field("phone3", Lang.client.phone + " 3", "tel", "") ?>
<?cs call:enum_select("phone3_kind", Lang.client.phone_kind + " 3", Lang.phonekind, Form.phone3_kind, Lang.client.none) ?>
<?cs call:text_field("email1", Lang.client.email + " 1", "email", "") ?>
<?cs call:text_field("email2", Lang.client.email + " 2", "email", "") ?>
<?cs call:enum_select("preferred_channel", Lang.client.preferred_channel, Lang.pref, Form.preferred_channel, Lang.client.none) ?>
<?cs each:o = Lang.consent_channel ?><?cs call:enum_select("consent_" + name(o), Lang.client.consent + ": " + o, Lang.consent_value, Form["consent_" + name(o)], Lang.consent.unknown) ?><?cs /each ?>
</fieldset>
<fieldset>
<legend><?cs var:Lang.client.address ?></legend>
<?cs call:text_field("street", Lang.client.street, "text", "") ?>
<?cs call:text_field("postal_code", Lang.client.postal_code, "text", "") ?>
<?cs call:text_field("city", Lang.client.city, "text", "") ?>
<?cs call:text_field("country", Lang.client.country, "text", "") ?>
</fieldset>
<fieldset>
<legend><?cs var:Lang.client.relationship ?></legend>
<?cs call:enum_select("status", Lang.client.status, Lang.status, Form.status, "") ?>
<?cs call:enum_select("source_channel", Lang.client.source_channel, Lang.source, Form.source_channel, "") ?>
<?cs call:id_select("segment_id", Lang.client.segment, Segments, Form.segment_id, Lang.client.none) ?>
<?cs if:User.role == "agent" ?><input type="hidden" name="manager_id" value="<?cs var:Form.manager_id ?>">
<p><?cs var:Lang.client.manager ?>: <?cs alt:Client.manager_name ?><?cs var:Lang.client.none ?><?cs /alt ?></p>
<?cs else ?><?cs call:id_select("manager_id", Lang.client.manager, Managers, Form.manager_id, Lang.client.none) ?><?cs /if ?>
<?cs call:text_field("tags", Lang.client.tags, "text", "") ?>
<div class="field">
<label for="f-notes"><?cs var:Lang.client.notes ?></label>
<textarea id="f-notes" name="notes" rows="4"<?cs call:invalid("notes") ?>><?cs var:Form.notes ?></textarea>
<?cs call:field_error("notes") ?>
</div>
</fieldset>
<div class="actions">
<button type="submit" class="primary"><?cs var:Lang.client.save ?></button>
<a href="/clients/<?cs var:Client.id ?>"><?cs var:Lang.client.cancel ?></a>
</div>
</form>
</section>
<?cs include:"layout/bottom.cs" ?>
