/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Whether using a resource uses up its capacity. */
export type AccessMode =
  /** Capacity is allocated by matching and never over-allocated (seats, leased spaces, places). */
  | 'ALLOCATED'
  /** Discovered, never allocated (toilets, water points, drop-in parking). */
  | 'OPEN_ACCESS';

/** Who a resource serves or a demand is for. */
export type Audience =
  /** Any resident. */
  | 'ALL_RESIDENTS'
  /** Elderly residents. */
  | 'ELDERLY'
  /** Outdoor workers: couriers, delivery riders, traffic wardens. */
  | 'OUTDOOR_WORKERS'
  /** Residents in difficulty (困难群众). */
  | 'PEOPLE_IN_DIFFICULTY'
  /** Residents with disabilities. */
  | 'PEOPLE_WITH_DISABILITIES'
  /** School pupils. */
  | 'PUPILS'
  /** Sanitation workers (环卫工人). */
  | 'SANITATION_WORKERS';

/** The datum of a point given by a client. */
export type CoordinateSystem =
  /** Baidu's BD-09. */
  | 'BD09'
  /** China's GCJ-02, as AMap (高德) and Tencent maps give. */
  | 'GCJ02'
  /** GPS coordinates; what the hub stores. */
  | 'WGS84';

/** A new resource of a resident unit; it starts as DRAFT. */
export type CreateResourceInput = {
  /** Defaults to OPEN_ACCESS for toilets and water points, ALLOCATED for everything else. */
  accessMode?: AccessMode | null | undefined;
  /** Street address of the place. */
  address?: string;
  /** The area it lies in; defaults to the unit's own area. */
  areaId?: string | number | null | undefined;
  /** Who it serves. */
  audiences?: Array<Audience>;
  /** How many can use it at once; required for ALLOCATED resources; ≥ 0. */
  capacity?: number | null | undefined;
  /** What capacity counts, e.g. 个车位. */
  capacityUnit?: string | null | undefined;
  /** What is offered and how to use it. */
  description?: string;
  /** Dates with other hours or closed. */
  exceptions?: Array<ScheduleExceptionInput>;
  /** What kind of resource it is. */
  kind: ResourceKind;
  /** Where it is; any of WGS84, GCJ02, BD09. */
  location: GeoPointInput;
  /** The unit that opens the resource. */
  organizationId: string | number;
  /** Title as residents will see it. */
  title: string;
  /** When it is offered each week; windows may not overlap. */
  windows?: Array<WeeklyWindowInput>;
};

/** Which days a weekly window applies on, after the holiday calendar is applied. */
export type DayType =
  /** Every listed weekday, holiday or not. */
  | 'ANY'
  /** Listed weekdays that are rest days: weekends and HOLIDAYs, not MAKEUP_WORKDAYs. */
  | 'REST_DAY'
  /** Listed weekdays that are workdays: not a HOLIDAY, or a MAKEUP_WORKDAY. */
  | 'WORKDAY';

/** A point as a map SDK gives it; converted to and stored as WGS-84. */
export type GeoPointInput = {
  /** Latitude in degrees, -90 to 90. */
  lat: number;
  /** Longitude in degrees, -180 to 180. */
  lng: number;
  /** The coordinate system of lat/lng: WGS84 (GPS), GCJ02 (AMap, Tencent) or BD09 (Baidu). */
  system?: CoordinateSystem;
};

/** What kind of resident unit (驻区单位) an organization is. */
export type OrganizationKind =
  /** A government agency or public institution (机关事业单位). */
  | 'AGENCY'
  /** A company or state enterprise (企业). */
  | 'COMPANY'
  /** A hospital or health centre (医院). */
  | 'HOSPITAL'
  /** A school (学校). */
  | 'SCHOOL'
  /** A social organisation or association (社会组织). */
  | 'SOCIAL_ORGANIZATION';

/** A resident unit to register in an area. */
export type RegisterOrganizationInput = {
  /** Street address. */
  address?: string;
  /** The area (street, community or grid) the unit is stationed in. */
  areaId: string | number;
  /** Contact person. */
  contactName?: string | null | undefined;
  /** Contact phone. */
  contactPhone?: string | null | undefined;
  /** What the unit does and offers. */
  description?: string;
  /** What kind of unit it is. */
  kind: OrganizationKind;
  /** Where the unit is; any of WGS84, GCJ02, BD09. */
  location?: GeoPointInput | null | undefined;
  /** Full name; unique in the hub. */
  name: string;
};

/** What a resource is. */
export type ResourceKind =
  /** Activity venue (活动场地), bookable by time slot. */
  | 'ACTIVITY_VENUE'
  /** After-school 1-hour classroom (1小时课堂) for pupils. */
  | 'AFTER_SCHOOL_CLASSROOM'
  /** Free breakfast (爱心早餐) for sanitation workers. */
  | 'BREAKFAST'
  /** Civic classroom (市民文明课堂): lessons and talks. */
  | 'CIVIC_CLASSROOM'
  /** Charity clinic (爱心门诊) for residents in difficulty. */
  | 'CLINIC'
  /** Day-care centre (日间照料中心) for the elderly. */
  | 'DAY_CARE'
  /** Anything else a unit opens. */
  | 'OTHER'
  /** Free parking spaces (免费停车位) in a unit's car park. */
  | 'PARKING'
  /** Reading room (阅览室): seats, evenings and weekends. */
  | 'READING_ROOM'
  /** Unit toilet open to the public (单位厕所); access only. */
  | 'TOILET'
  /** Drinking-water point (饮水点) for sanitation workers; access only. */
  | 'WATER_POINT';

/** Where a resource is in its life. */
export type ResourceStatus =
  /** Being prepared; seen only by its unit and area staff. */
  | 'DRAFT'
  /** Temporarily not offered; can be published again. */
  | 'PAUSED'
  /** Open to residents and public. */
  | 'PUBLISHED'
  /** No longer offered, for good. */
  | 'WITHDRAWN';

/** Which resource to change the status of, and why. */
export type ResourceStatusInput = {
  /** The resource. */
  id: string | number;
  /** Why, recorded in the event (e.g. 设施维修). */
  reason?: string | null | undefined;
};

/** Dates on which the weekly windows do not apply. */
export type ScheduleExceptionInput = {
  /** Closed all day; then `hours` must be empty. */
  closed?: boolean;
  /** First local date, YYYY-MM-DD. */
  from: string;
  /** Replacement hours when not closed. */
  hours?: Array<TimeRangeInput>;
  /** Why, as shown to residents. */
  note?: string | null | undefined;
  /** Last local date, YYYY-MM-DD, inclusive; not before `from`. */
  to: string;
};

/** A local time range, HH:MM to HH:MM. */
export type TimeRangeInput = {
  /** Local end time, HH:MM. */
  end: string;
  /** Local start time, HH:MM. */
  start: string;
};

/** Changes to a resident unit; omitted fields stay as they are. */
export type UpdateOrganizationInput = {
  /** New address. */
  address?: string | null | undefined;
  /** New contact person. */
  contactName?: string | null | undefined;
  /** New contact phone. */
  contactPhone?: string | null | undefined;
  /** New description. */
  description?: string | null | undefined;
  /** The organization to change. */
  id: string | number;
  /** New kind. */
  kind?: OrganizationKind | null | undefined;
  /** New location. */
  location?: GeoPointInput | null | undefined;
  /** New name; unique in the hub. */
  name?: string | null | undefined;
  /** The version last read; a newer stored version is VERSION_CONFLICT. */
  version: number;
};

/** A day of the week, in the district's local time. */
export type Weekday =
  | 'FRIDAY'
  | 'MONDAY'
  | 'SATURDAY'
  | 'SUNDAY'
  | 'THURSDAY'
  | 'TUESDAY'
  | 'WEDNESDAY';

/** Weekly opening in local time; see WeeklyWindow. */
export type WeeklyWindowInput = {
  /** Workdays, rest days or any day. */
  dayType?: DayType;
  /** The weekdays the window starts on; at least one, no repeats. */
  days: Array<Weekday>;
  /** Local end time, HH:MM; 24:00 allowed; at or before start runs past midnight. */
  end: string;
  /** Local start time, HH:MM. */
  start: string;
};

export type RegisterOrgMutationVariables = Exact<{
  input: RegisterOrganizationInput;
}>;


export type RegisterOrgMutation = { registerOrganization: { organization: { id: string, name: string, kind: OrganizationKind, version: number, address: string, contactName: string | null, contactPhone: string | null, location: { lat: number, lng: number } | null, area: { id: string, name: string } } | null, userErrors: Array<{ code: string, field: string | null, message: string }> } };

export type UpdateOrgMutationVariables = Exact<{
  input: UpdateOrganizationInput;
}>;


export type UpdateOrgMutation = { updateOrganization: { organization: { id: string, name: string, version: number, description: string } | null, userErrors: Array<{ code: string, field: string | null, message: string }> } };

export type ReadOrgQueryVariables = Exact<{
  id: string | number;
}>;


export type ReadOrgQuery = { organization: { id: string, name: string, version: number, contactName: string | null, contactPhone: string | null } | null };

export type OrgCountQueryVariables = Exact<{ [key: string]: never; }>;


export type OrgCountQuery = { organizations: { totalCount: number } };

export type KitRegisterOrganizationMutationVariables = Exact<{
  input: RegisterOrganizationInput;
}>;


export type KitRegisterOrganizationMutation = { registerOrganization: { organization: { id: string, version: number } | null, userErrors: Array<{ code: string, field: string | null, message: string }> } };

export type KitCreateResourceMutationVariables = Exact<{
  input: CreateResourceInput;
}>;


export type KitCreateResourceMutation = { createResource: { resource: { id: string, version: number, status: ResourceStatus } | null, userErrors: Array<{ code: string, field: string | null, message: string }> } };

export type KitPublishResourceMutationVariables = Exact<{
  input: ResourceStatusInput;
}>;


export type KitPublishResourceMutation = { publishResource: { resource: { id: string, version: number, status: ResourceStatus } | null, userErrors: Array<{ code: string }> } };


export const RegisterOrgDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterOrg"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterOrganizationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerOrganization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lat"}},{"kind":"Field","name":{"kind":"Name","value":"lng"}}]}},{"kind":"Field","name":{"kind":"Name","value":"area"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<RegisterOrgMutation, RegisterOrgMutationVariables>;
export const UpdateOrgDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateOrg"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateOrganizationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateOrganization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateOrgMutation, UpdateOrgMutationVariables>;
export const ReadOrgDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReadOrg"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}}]}}]}}]} as unknown as DocumentNode<ReadOrgQuery, ReadOrgQueryVariables>;
export const OrgCountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrgCount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<OrgCountQuery, OrgCountQueryVariables>;
export const KitRegisterOrganizationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"KitRegisterOrganization"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterOrganizationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerOrganization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<KitRegisterOrganizationMutation, KitRegisterOrganizationMutationVariables>;
export const KitCreateResourceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"KitCreateResource"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateResourceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createResource"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<KitCreateResourceMutation, KitCreateResourceMutationVariables>;
export const KitPublishResourceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"KitPublishResource"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResourceStatusInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishResource"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<KitPublishResourceMutation, KitPublishResourceMutationVariables>;