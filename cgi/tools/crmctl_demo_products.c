/* crmctl_demo_products.c: demo product categories, products and loyalty tiers for `crmctl demo-data`. */
#include "crmctl_demo.h"
#include <stdio.h>

/* Twelve categories of a hardware and home-goods distributor, each with a SKU prefix, eight
 * items and a price range in whole pesos (parallel lists, in this order). */
#define DEMO_CATEGORIES "'Power Tools', 'Hand Tools', 'Paint', 'Electrical', 'Plumbing', 'Lighting', 'Garden',"\
	" 'Kitchenware', 'Appliances', 'Cleaning', 'Safety Gear', 'Fasteners'"
#define DEMO_CATEGORY_CODES "'PWR', 'HND', 'PNT', 'ELC', 'PLB', 'LGT', 'GRD', 'KIT', 'APL', 'CLN', 'SAF', 'FST'"
#define DEMO_PRICE_LOW "1800, 150, 250, 40, 60, 90, 120, 150, 1200, 40, 60, 15"
#define DEMO_PRICE_HIGH "18000, 2500, 4500, 3000, 5000, 6500, 6000, 4000, 45000, 900, 2500, 400"
#define DEMO_ITEMS "'Cordless Drill', 'Impact Driver', 'Angle Grinder', 'Circular Saw', 'Jigsaw', 'Rotary Hammer',"\
	" 'Orbital Sander', 'Heat Gun',"\
	" 'Claw Hammer', 'Screwdriver Set', 'Wrench Set', 'Combination Pliers', 'Hacksaw', 'Tape Measure',"\
	" 'Spirit Level', 'Utility Knife',"\
	" 'Latex Paint', 'Enamel Paint', 'Concrete Primer', 'Roof Paint', 'Wood Stain', 'Paint Roller', 'Paint Brush',"\
	" 'Masking Tape',"\
	" 'Extension Cord', 'Circuit Breaker', 'Wall Switch', 'Convenience Outlet', 'Electrical Wire', 'Junction Box',"\
	" 'PVC Conduit', 'Electrical Tape',"\
	" 'Faucet', 'PVC Pipe', 'Gate Valve', 'Shower Head', 'Water Pump', 'Pipe Wrench', 'Thread Seal Tape',"\
	" 'Toilet Flush Kit',"\
	" 'LED Bulb', 'LED Tube', 'Floodlight', 'Emergency Light', 'Ceiling Lamp', 'Solar Garden Light', 'Desk Lamp',"\
	" 'Rechargeable Flashlight',"\
	" 'Garden Hose', 'Pruning Shears', 'Shovel', 'Wheelbarrow', 'Grass Cutter', 'Sprinkler', 'Potting Soil',"\
	" 'Garden Rake',"\
	" 'Rice Cooker', 'Frying Pan', 'Stock Pot', 'Knife Set', 'Chopping Board', 'Food Container Set', 'Kettle',"\
	" 'Dish Rack',"\
	" 'Electric Fan', 'Refrigerator', 'Washing Machine', 'Air Conditioner', 'Microwave Oven', 'Water Dispenser',"\
	" 'Induction Cooker', 'Flat Iron',"\
	" 'Floor Mop', 'Broom', 'Dishwashing Liquid', 'Laundry Detergent', 'Bleach', 'Trash Bags', 'Glass Cleaner',"\
	" 'Scrub Brush',"\
	" 'Safety Helmet', 'Work Gloves', 'Safety Goggles', 'Dust Mask', 'Safety Shoes', 'Reflective Vest', 'Ear Muffs',"\
	" 'First Aid Kit',"\
	" 'Common Nails', 'Wood Screws', 'Concrete Anchors', 'Hex Bolts', 'Flat Washers', 'Blind Rivets', 'Cable Ties',"\
	" 'Door Hinges'"
/* Invented brands, and the model line after the item. */
#define DEMO_BRANDS "'Matibay', 'Lakas', 'Kuat', 'Sinag', 'Harimau', 'Kilat', 'Ironclad', 'Bayanihan'"
#define DEMO_VARIANTS "'Standard', 'Heavy Duty', 'Pro', 'Compact', 'Value Pack', 'Premium', 'Classic', 'Plus'"

DB_STMT(SQL_DEMO_CATEGORIES,
	"INSERT IGNORE INTO product_categories (name) SELECT ELT(seq, " DEMO_CATEGORIES ") FROM seq_1_to_12");
DB_STMT(SQL_DEMO_PRODUCT_BASE, "SELECT COALESCE(MAX(id), 0) FROM products");
DB_STMT(SQL_DEMO_PRODUCT_ACTIVE, "SELECT COUNT(*) FROM products WHERE active = 1");
#define DEMO_PRODUCTS_DEFAULT 500
/* Products base+1..base+n (explicit ids; the SKU carries the id, so it is new too), by checksums
 * of the id: category, item, brand and model; a price log-uniform in the category's range, in
 * whole pesos of 5 (some 0.25 below); the cost 55..84% of it, rounded down; one in twenty
 * locomotive, weighted 2.0..3.0, the others 0.5..3.0, in steps of 0.05. Arguments: base four times, n. */
DB_STMT(SQL_DEMO_PRODUCTS,
	"INSERT INTO products (id, sku, name, category_id, price, cost, weight_milli, locomotive, active, updated_at)"
	" SELECT p.id, CONCAT(ELT(1 + p.c, " DEMO_CATEGORY_CODES "), '-', LPAD(p.id, 5, '0')),"
	"  CONCAT(ELT(1 + (p.h2 DIV 8) % 8, " DEMO_BRANDS "), ' ', ELT(1 + p.c * 8 + p.h2 % 8, " DEMO_ITEMS "), ' ',"
	"   ELT(1 + (p.h2 DIV 64) % 8, " DEMO_VARIANTS ")),"
	"  g.id, p.price, p.price * (55 + p.h1 % 30) DIV 100,"
	"  IF(p.loco, 2000 + 50 * ((p.h1 DIV 30) % 21), 500 + 50 * ((p.h1 DIV 30) % 51)), p.loco, 1, NOW()"
	" FROM (SELECT x.id, x.c, x.h1, x.h2, x.h1 % 20 = 7 AS loco,"
	"   GREATEST(100, ROUND(ELT(1 + x.c, " DEMO_PRICE_LOW ")"
	"    * POW(ELT(1 + x.c, " DEMO_PRICE_HIGH ") / ELT(1 + x.c, " DEMO_PRICE_LOW "), (x.h2 DIV 512) % 1000 / 1000)"
	"    / 5) * 500 - IF((x.h1 DIV 1000) % 3 = 0, 25, 0)) AS price"
	"  FROM (SELECT ? + seq AS id, (? + seq) % 12 AS c, CRC32(CONCAT('p', ? + seq)) AS h1,"
	"    CRC32C(CONCAT('p', ? + seq)) AS h2 FROM seq_1_to_1000000 WHERE seq <= ?) x) p"
	" JOIN product_categories g ON g.name = ELT(1 + p.c, " DEMO_CATEGORIES ")");
/* Tiers, when there are none: spend (minor units) that earns a discount (basis points). */
DB_STMT(SQL_DEMO_TIERS,
	"INSERT INTO loyalty_tiers (name, threshold, discount_bp)"
	" SELECT * FROM (SELECT 'Silver', 2000000, 300 UNION ALL SELECT 'Gold', 10000000, 500"
	"  UNION ALL SELECT 'Platinum', 30000000, 800) t WHERE NOT EXISTS (SELECT 1 FROM loyalty_tiers)");

enum db_status demo_products(struct db *db, long n)
{
	long long base = 0, active = 0;
	unsigned long long made = 0, tiers = 0;
	enum db_status st = db_begin(db);
	if (st == DB_OK && n < 0)
		st = db_query(db, &SQL_DEMO_PRODUCT_ACTIVE, DB_NOARGS, demo_number_row, &active);
	if (n < 0)
		n = active > 0 ? 0 : DEMO_PRODUCTS_DEFAULT;
	if (st == DB_OK)
		st = db_exec(db, &SQL_DEMO_CATEGORIES, DB_NOARGS, NULL, NULL);
	if (st == DB_OK)
		st = db_query(db, &SQL_DEMO_PRODUCT_BASE, DB_NOARGS, demo_number_row, &base);
	if (st == DB_OK && n > 0)
		st = db_exec(db, &SQL_DEMO_PRODUCTS, DB_ARGS(DB_INT(base), DB_INT(base), DB_INT(base), DB_INT(base),
			     DB_INT(n)), &made, NULL);
	if (st == DB_OK)
		st = db_exec(db, &SQL_DEMO_TIERS, DB_NOARGS, &tiers, NULL);
	if (st == DB_OK)
		st = db_commit(db);
	else
		db_rollback(db);
	if (st == DB_OK)
		fprintf(stderr, "demo-data: %llu products, %llu loyalty tiers\n", made, tiers);
	return st;
}
