<?cs # staff/purchase_list.cs: the purchases list, newest first, with its filters and keyset pages. ?><?cs set:Page.title = Lang.purchases.title ?><?cs include:"layout/top.cs" ?><?cs include:"layout/forms.cs" ?>
<div class="page-head">
<h1><?cs var:Lang.purchases.title ?></h1>
</div>
<form method="get" action="/purchases" class="card filters" role="search">
<?cs call:text_field("from", Lang.purchases.from, "date", "") ?>
<?cs call:text_field("to", Lang.purchases.to, "date", "") ?>
<?cs call:id_select("seller", Lang.purchase.seller, Managers, Form.seller, Lang.client.any) ?>
<?cs call:enum_select("kind", Lang.purchases.kind, Lang.purchase.kind, Form.kind, Lang.client.any) ?>
<div class="field">
<label for="f-product"><?cs var:Lang.product.name ?></label>
<select id="f-product" name="product"<?cs call:invalid("product") ?>>
<option value=""><?cs var:Lang.client.any ?></option>
<?cs each:o = Products ?><option value="<?cs var:o.id ?>"<?cs if:o.id == Form.product ?> selected<?cs /if ?>><?cs if:o.locomotive == "1" ?>&#9733; <?cs /if ?><?cs var:o.name ?> (<?cs var:o.sku ?>)</option>
<?cs /each ?></select>
<?cs call:field_error("product") ?>
</div>
<?cs call:id_select("category", Lang.product.category, Categories, Form.category, Lang.client.any) ?>
<?cs call:id_select("segment", Lang.client.segment, Segments, Form.segment, Lang.client.any) ?>
<div class="field"><button type="submit" class="primary"><?cs var:Lang.client.search ?></button></div>
</form>
<?cs set:filters = "from=" + url_escape(Form.from) + "&to=" + url_escape(Form.to) + "&seller=" + url_escape(Form.seller) + "&kind=" + url_escape(Form.kind) + "&product=" + url_escape(Form.product) + "&category=" + url_escape(Form.category) + "&segment=" + url_escape(Form.segment) ?>
<?cs if:subcount(Purchases) > 0 ?>
<div class="table-wrap">
<table id="purchases">
<thead><tr>
<th scope="col"><?cs var:Lang.purchase.date ?></th>
<th scope="col"><?cs var:Lang.purchase.title ?></th>
<th scope="col"><?cs var:Lang.purchase.client ?></th>
<th scope="col"><?cs var:Lang.purchase.seller ?></th>
<th scope="col"><?cs var:Lang.purchase.discount ?></th>
<th scope="col"><?cs var:Lang.purchase.total ?></th>
<th scope="col"><?cs var:Lang.purchases.weighted ?></th>
</tr></thead>
<tbody>
<?cs each:p = Purchases ?><tr class="kind-<?cs var:p.kind ?>"<?cs if:p.locomotive_units != "0" ?> data-locomotive="<?cs var:p.locomotive_units ?>"<?cs /if ?>>
<td data-label="<?cs var:Lang.purchase.date ?>"><?cs var:p.at ?></td>
<td data-label="<?cs var:Lang.purchase.title ?>"><a href="/purchases/<?cs var:p.id ?>">#<?cs var:p.id ?></a> <?cs var:Lang.purchase.kind[p.kind] ?><?cs if:p.original_id ?> <small>(#<?cs var:p.original_id ?>)</small><?cs /if ?><?cs if:p.locomotive_units != "0" ?> <span class="loco" title="<?cs var:Lang.product.locomotive ?>">&#9733;</span><?cs /if ?></td>
<td data-label="<?cs var:Lang.purchase.client ?>"><a href="/clients/<?cs var:p.client_id ?>"><?cs var:p.client ?></a></td>
<td data-label="<?cs var:Lang.purchase.seller ?>"><?cs var:p.seller ?></td>
<td data-label="<?cs var:Lang.purchase.discount ?>"><?cs var:percent(p.discount_bp) ?>%</td>
<td data-label="<?cs var:Lang.purchase.total ?>" class="num"><?cs var:money(p.total) ?></td>
<td data-label="<?cs var:Lang.purchases.weighted ?>" class="num"><?cs var:money(p.weighted) ?></td>
</tr>
<?cs /each ?>
</tbody>
</table>
</div>
<?cs else ?><p class="card"><?cs var:Lang.purchases.none ?></p><?cs /if ?>
<nav class="pager" aria-label="<?cs var:Lang.client.pages ?>">
<?cs if:Form.before ?><a href="/purchases?<?cs var:filters ?>"><?cs var:Lang.client.first ?></a><?cs /if ?>
<?cs if:Page.next_before ?><a rel="next" href="/purchases?<?cs var:filters ?>&amp;before=<?cs var:Page.next_before ?>"><?cs var:Lang.client.next ?></a><?cs /if ?>
</nav>
<?cs include:"layout/bottom.cs" ?>
