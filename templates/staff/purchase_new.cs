<?cs # staff/purchase_new.cs: a sale for one client: the discount they get now, lines by SKU, product search, total, save. ?><?cs set:Page.title = Lang.purchase.new_title ?><?cs include:"layout/top.cs" ?><?cs include:"layout/forms.cs" ?>
<div class="page-head">
<h1><?cs var:Lang.purchase.new_title ?>: <a href="/clients/<?cs var:Client.id ?>"><?cs var:Client.sort_name ?></a></h1>
</div>
<section class="card" id="offer">
<h2><?cs var:Lang.purchase.offer ?></h2>
<dl class="facts">
<dt><?cs var:Lang.loyalty.tier ?></dt><dd><?cs if:Offer.tier ?><strong class="tier"><?cs var:Offer.tier ?></strong> (<?cs var:percent(Offer.tier_bp) ?>%)<?cs else ?><?cs var:Lang.loyalty.no_tier ?><?cs /if ?></dd>
<dt><?cs var:Lang.loyalty.spend ?> <small>(<?cs var:Lang.loyalty.window[Offer.window] ?>)</small></dt><dd><?cs var:money(Offer.spend) ?><?cs if:Offer.next_tier ?><br><small><?cs var:money(Offer.next_missing) ?> <?cs var:Lang.loyalty.to_reach ?> <?cs var:Offer.next_tier ?></small><?cs /if ?></dd>
<?cs if:Offer.birthday_bp ?><dt><?cs var:Lang.loyalty.birthday ?></dt><dd><?cs var:percent(Offer.birthday_bp) ?>%</dd><?cs /if ?>
<?cs if:Offer.personal_bp ?><dt><?cs var:Lang.loyalty.personal ?></dt><dd><?cs var:percent(Offer.personal_bp) ?>% <small>(<?cs var:Offer.personal_reason ?>; <?cs var:Lang.loyalty.until ?> <?cs var:Offer.personal_until ?>)</small></dd><?cs /if ?>
<dt><?cs var:Lang.purchase.discount_applied ?></dt><dd><strong id="discount"><?cs var:percent(Offer.discount_bp) ?>%</strong><?cs if:Offer.capped == "1" ?> <small>(<?cs var:Lang.loyalty.capped ?>)</small><?cs /if ?></dd>
</dl>
</section>
<section class="card" id="find">
<h2><?cs var:Lang.purchase.find ?></h2>
<form method="get" action="/clients/<?cs var:Client.id ?>/purchases/new" role="search">
<?cs loop:i = 0, 9, 1 ?><?cs if:Form["sku_" + i] ?><input type="hidden" name="sku_<?cs var:i ?>" value="<?cs var:Form["sku_" + i] ?>"><input type="hidden" name="qty_<?cs var:i ?>" value="<?cs var:Form["qty_" + i] ?>"><?cs /if ?><?cs /loop ?>
<div class="field">
<label for="f-q"><?cs var:Lang.purchase.search ?></label>
<input id="f-q" name="q" type="search" value="<?cs var:Form.q ?>">
</div>
<button type="submit"><?cs var:Lang.purchase.search_submit ?></button>
</form>
<?cs if:!Form.q ?><h3><?cs var:Lang.product.key_products ?></h3><?cs /if ?>
<?cs if:subcount(Found) > 0 ?>
<ul class="picks">
<?cs each:p = Found ?><li><?cs if:p.locomotive == "1" ?><span class="loco" title="<?cs var:Lang.product.locomotive ?>">&#9733;</span> <?cs /if ?><code><?cs var:p.sku ?></code> <?cs var:p.name ?> &mdash; <?cs var:money(p.price) ?>
<?cs if:p.add ?> <a class="button" href="<?cs var:p.add ?>"><?cs var:Lang.purchase.add ?><span class="visually-hidden"> <?cs var:p.name ?></span></a><?cs /if ?></li>
<?cs /each ?>
</ul>
<?cs elif:Form.q ?><p><?cs var:Lang.product.none_found ?></p><?cs /if ?>
</section>
<section class="card" id="sale">
<h2><?cs var:Lang.purchase.lines ?></h2>
<?cs if:subcount(Form.errors) > 0 ?><p class="error" role="alert"><?cs alt:Form.errors.lines ?><?cs var:Lang.err.form ?><?cs /alt ?></p><?cs /if ?>
<form method="post" action="/clients/<?cs var:Client.id ?>/purchases/new">
<input type="hidden" name="csrf_token" value="<?cs var:Page.csrf ?>">
<input type="hidden" name="token" value="<?cs var:Sale.token ?>">
<input type="hidden" name="expect_bp" value="<?cs var:Offer.discount_bp ?>">
<div class="table-wrap"><table class="lines">
<thead><tr><th scope="col"><?cs var:Lang.product.sku ?></th><th scope="col"><?cs var:Lang.purchase.qty ?></th></tr></thead>
<tbody>
<?cs loop:i = 0, 9, 1 ?><tr>
<td><label class="visually-hidden" for="f-sku_<?cs var:i ?>"><?cs var:Lang.product.sku ?> <?cs var:i + 1 ?></label><input id="f-sku_<?cs var:i ?>" name="sku_<?cs var:i ?>" value="<?cs var:Form["sku_" + i] ?>" size="12"<?cs call:invalid("sku_" + i) ?>><?cs call:field_error("sku_" + i) ?></td>
<td><label class="visually-hidden" for="f-qty_<?cs var:i ?>"><?cs var:Lang.purchase.qty ?> <?cs var:i + 1 ?></label><input id="f-qty_<?cs var:i ?>" name="qty_<?cs var:i ?>" type="number" min="1" max="1000000" value="<?cs var:Form["qty_" + i] ?>" size="5"<?cs call:invalid("qty_" + i) ?>><?cs call:field_error("qty_" + i) ?></td>
</tr>
<?cs /loop ?></tbody></table></div>
<?cs if:subcount(Lines) > 0 ?>
<div class="table-wrap"><table id="priced">
<caption><?cs var:Lang.purchase.priced ?></caption>
<thead><tr><th scope="col"><?cs var:Lang.product.name ?></th><th scope="col"><?cs var:Lang.purchase.qty ?></th><th scope="col"><?cs var:Lang.product.price ?></th><th scope="col"><?cs var:Lang.purchase.discount ?></th><th scope="col"><?cs var:Lang.purchase.total ?></th></tr></thead>
<tbody>
<?cs each:l = Lines ?><tr><td data-label="<?cs var:Lang.product.name ?>"><?cs if:l.locomotive == "1" ?><span class="loco" title="<?cs var:Lang.product.locomotive ?>">&#9733;</span> <?cs /if ?><code><?cs var:l.sku ?></code> <?cs var:l.name ?></td><td data-label="<?cs var:Lang.purchase.qty ?>"><?cs var:l.qty ?></td><td data-label="<?cs var:Lang.product.price ?>"><?cs var:money(l.unit_price) ?></td><td data-label="<?cs var:Lang.purchase.discount ?>"><?cs var:money(l.discount) ?></td><td data-label="<?cs var:Lang.purchase.total ?>"><?cs var:money(l.total) ?></td></tr>
<?cs /each ?></tbody>
<tfoot><tr><th scope="row" colspan="3"><?cs var:Lang.purchase.total ?></th><td><?cs var:money(Sale.discount) ?></td><td><strong id="sale-total"><?cs var:money(Sale.total) ?></strong></td></tr></tfoot>
</table></div>
<?cs /if ?>
<?cs call:text_field("date", Lang.purchase.date, "date", "") ?>
<?cs if:Sale.may_choose_seller == "1" ?><?cs call:id_select("seller", Lang.purchase.seller, Managers, Form.seller, Lang.purchase.seller_me) ?><?cs /if ?>
<?cs call:text_field("note", Lang.purchase.note, "text", "") ?>
<button type="submit"><?cs var:Lang.purchase.update ?></button>
<button type="submit" class="primary" name="save" value="1"><?cs var:Lang.purchase.save ?></button>
<a href="/clients/<?cs var:Client.id ?>"><?cs var:Lang.client.cancel ?></a>
</form>
</section>
<?cs include:"layout/bottom.cs" ?>
