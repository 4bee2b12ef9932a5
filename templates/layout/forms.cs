<?cs # layout/forms.cs: form macros shared by the pages: field errors, selects from language lists, text inputs. ?>
<?cs def:field_error(name) ?><?cs if:Form.errors[name] ?><p class="field-error" id="err-<?cs var:name ?>"><?cs var:Form.errors[name] ?></p><?cs /if ?><?cs /def ?>
<?cs def:invalid(name) ?><?cs if:Form.errors[name] ?> aria-invalid="true" aria-describedby="err-<?cs var:name ?>"<?cs /if ?><?cs /def ?>
<?cs def:text_field(name, label, type, extra) ?><div class="field">
<label for="f-<?cs var:name ?>"><?cs var:label ?></label>
<input id="f-<?cs var:name ?>" name="<?cs var:name ?>" type="<?cs var:type ?>" value="<?cs var:Form[name] ?>"<?cs call:invalid(name) ?><?cs if:extra == "required" ?> required<?cs /if ?>>
<?cs call:field_error(name) ?>
</div><?cs /def ?>
<?cs def:enum_select(name, label, options, current, blank) ?><div class="field">
<label for="f-<?cs var:name ?>"><?cs var:label ?></label>
<select id="f-<?cs var:name ?>" name="<?cs var:name ?>"<?cs call:invalid(name) ?>>
<?cs if:blank ?><option value=""><?cs var:blank ?></option><?cs /if ?>
<?cs each:o = options ?><option value="<?cs name:o ?>"<?cs if:name(o) == current ?> selected<?cs /if ?>><?cs var:o ?></option>
<?cs /each ?></select>
<?cs call:field_error(name) ?>
</div><?cs /def ?>
<?cs def:id_select(name, label, list, current, blank) ?><div class="field">
<label for="f-<?cs var:name ?>"><?cs var:label ?></label>
<select id="f-<?cs var:name ?>" name="<?cs var:name ?>"<?cs call:invalid(name) ?>>
<option value=""><?cs var:blank ?></option>
<?cs each:o = list ?><option value="<?cs var:o.id ?>"<?cs if:o.id == current ?> selected<?cs /if ?>><?cs var:o.name ?></option>
<?cs /each ?></select>
<?cs call:field_error(name) ?>
</div><?cs /def ?>
<?cs def:textarea_field(name, label, rows, extra) ?><div class="field">
<label for="f-<?cs var:name ?>"><?cs var:label ?></label>
<textarea id="f-<?cs var:name ?>" name="<?cs var:name ?>" rows="<?cs var:rows ?>" maxlength="5000"<?cs call:invalid(name) ?><?cs if:extra == "required" ?> required<?cs /if ?>><?cs var:Form[name] ?></textarea>
<?cs call:field_error(name) ?>
</div><?cs /def ?>
