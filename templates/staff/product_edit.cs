<?cs # staff/product_edit.cs: one product: its form for managers and admins (new or existing), its facts for agents. ?><?cs set:Page.title = Lang.product.title ?><?cs include:"layout/top.cs" ?><?cs include:"layout/forms.cs" ?>
<section class="card narrow">
<h1><?cs if:Form.id ?><?cs if:Form.locomotive == "1" ?><span class="loco" title="<?cs var:Lang.product.locomotive ?>">&#9733;</span> <?cs /if ?><?cs var:Form.name ?><?cs else ?><?cs var:Lang.product.new ?><?cs /if ?></h1>
<?cs if:Product.may_edit == "1" ?>
<?cs if:subcount(Form.errors) > 0 ?><p class="error" role="alert"><?cs var:Lang.err.form ?></p><?cs /if ?>
<form method="post" action="<?cs if:Form.id ?>/products/<?cs var:Form.id ?><?cs else ?>/products/new<?cs /if ?>">
<input type="hidden" name="csrf_token" value="<?cs var:Page.csrf ?>">
<?cs call:text_field("sku", Lang.product.sku, "text", "required") ?>
<?cs call:text_field("name", Lang.product.name, "text", "required") ?>
<?cs call:id_select("category", Lang.product.category, Categories, Form.category, Lang.product.no_category) ?>
<?cs call:text_field("price", Lang.product.price, "text", "required") ?>
<?cs call:text_field("cost", Lang.product.cost, "text", "required") ?>
<?cs call:text_field("weight", Lang.product.weight, "text", "required") ?>
<p class="help" id="weight-help"><?cs var:Lang.product.weight_help ?></p>
<div class="field"><label><input type="checkbox" name="locomotive" value="1"<?cs if:Form.locomotive == "1" ?> checked<?cs /if ?>> <?cs var:Lang.product.locomotive ?></label></div>
<?cs if:Form.id ?><div class="field"><label><input type="checkbox" name="active" value="1"<?cs if:Form.active == "1" ?> checked<?cs /if ?>> <?cs var:Lang.product.active ?></label></div><?cs /if ?>
<p class="help"><?cs var:Lang.product.history_help ?></p>
<button type="submit" class="primary"><?cs var:Lang.staff.save ?></button>
<a href="/products"><?cs var:Lang.client.cancel ?></a>
</form>
<?cs else ?>
<dl class="facts">
<dt><?cs var:Lang.product.sku ?></dt><dd><code><?cs var:Form.sku ?></code></dd>
<dt><?cs var:Lang.product.category ?></dt><dd><?cs var:Product.category_name ?></dd>
<dt><?cs var:Lang.product.price ?></dt><dd><?cs var:Form.price ?></dd>
<dt><?cs var:Lang.product.weight ?></dt><dd><?cs var:Form.weight ?></dd>
<?cs if:Form.active != "1" ?><dt><?cs var:Lang.product.active ?></dt><dd><?cs var:Lang.product.retired ?></dd><?cs /if ?>
</dl>
<?cs /if ?>
</section>
<?cs include:"layout/bottom.cs" ?>
