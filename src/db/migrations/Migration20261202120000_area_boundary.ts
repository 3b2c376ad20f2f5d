import { Migration } from '@mikro-orm/migrations';

/**
 * Areas get an optional boundary (createArea, updateArea; the seed gives its streets, communities and grids their
 * rectangles): `boundary`, a GeoJSON Polygon or MultiPolygon in WGS-84 ([lng, lat] positions), and its bounding box
 * in four columns, all null together. areasAt finds the live bounded areas whose box holds a point through a GiST
 * index on the box (PostgreSQL's own box type, no PostGIS), then tests the polygons in code.
 */
export class Migration20261202120000_area_boundary extends Migration {
  override up(): void {
    this.addSql(`
      alter table area
        add column boundary jsonb,
        add column min_lat double precision,
        add column min_lng double precision,
        add column max_lat double precision,
        add column max_lng double precision,
        add constraint area_boundary_box_check check (
          (boundary is null and min_lat is null and min_lng is null and max_lat is null and max_lng is null)
          or (boundary is not null and min_lat <= max_lat and min_lng <= max_lng)
        );
      create index area_boundary_box_idx on area using gist (box(point(min_lng, min_lat), point(max_lng, max_lat)))
        where boundary is not null and retired_at is null;
    `);
  }

  override down(): void {
    this.addSql(`
      drop index area_boundary_box_idx;
      alter table area drop constraint area_boundary_box_check,
        drop column boundary, drop column min_lat, drop column min_lng, drop column max_lat, drop column max_lng;
    `);
  }
}
