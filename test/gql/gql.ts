/* eslint-disable */
import * as types from './graphql.js';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query AgrCountOf($org: ID!) { agreements(filter: { organizationId: $org }) { totalCount } }\n": typeof types.AgrCountOfDocument,
    "\n  mutation AgrDraftsWithdrawResource($input: ResourceStatusInput!) { withdrawResource(input: $input) { resource { id } } }\n": typeof types.AgrDraftsWithdrawResourceDocument,
    "query AgrDraftsNode($id: ID!) { node(id: $id) { id } }": typeof types.AgrDraftsNodeDocument,
    "\n  query AgrSeen($id: ID!, $org: ID!, $resource: ID!) {\n    agreement(id: $id) { id }\n    node(id: $id) { id ... on SharingAgreement { title } }\n    agreements(filter: { organizationId: $org }) { totalCount edges { node { id } } }\n    resource(id: $resource) { agreements { id } }\n  }\n": typeof types.AgrSeenDocument,
    "\n  query AgrList($filter: AgreementFilter, $first: Int, $after: String, $last: Int, $before: String) {\n    agreements(filter: $filter, first: $first, after: $after, last: $last, before: $before) {\n      totalCount\n      edges { cursor node { id status } }\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n    }\n  }\n": typeof types.AgrListDocument,
    "\n  query AgrNested($first: Int!) {\n    agreements(first: $first) {\n      edges {\n        node {\n          id title status startDate signatures { party } organization { name area { name } } area { name parent { name } }\n          items { committedQuantity windows { start end } resource { title } }\n          history { action actor { role } }\n        }\n      }\n    }\n  }\n": typeof types.AgrNestedDocument,
    "\n  query AgrStatistics($street: ID!, $community: ID!) {\n    street: area(id: $street) { agreementStatistics { status count } resourcesCoveredCount }\n    community: area(id: $community) { agreementStatistics { status count } resourcesCoveredCount }\n  }\n": typeof types.AgrStatisticsDocument,
    "\n  query AgrStreetStatistics($first: Int!) {\n    areas(kind: STREET, first: $first) { edges { node { agreementStatistics { status count } resourcesCoveredCount } } }\n  }\n": typeof types.AgrStreetStatisticsDocument,
    "\n  query AgrSubject($id: ID!) {\n    events(filter: { subjectIds: [$id] }, first: 10) { edges { node { type subject { ... on SharingAgreement { id title } } } } }\n  }\n": typeof types.AgrSubjectDocument,
    "\n  query AgrSeedDistrict {\n    district { agreementStatistics { status count } resourcesCoveredCount resourceStatistics { resourceCount } }\n    communities: areas(kind: COMMUNITY, first: 3) { edges { node { id name } } }\n    agreements(filter: { statuses: [ACTIVE] }, first: 3) { edges { node { title terms area { kind } items { committedQuantity } } } }\n  }\n": typeof types.AgrSeedDistrictDocument,
    "\n  query AgrSeedSharedWith($area: ID!) { resources(filter: { sharedWith: $area }) { totalCount } }\n": typeof types.AgrSeedSharedWithDocument,
    "\n  query AgrPublicEvents($id: ID!) { events(filter: { subjectIds: [$id] }, first: 100) { edges { node { type } } } }\n": typeof types.AgrPublicEventsDocument,
    "\n  mutation AgrTransWithdrawResource($input: ResourceStatusInput!) { withdrawResource(input: $input) { resource { id } } }\n": typeof types.AgrTransWithdrawResourceDocument,
    "\n  mutation AreaAdmCreate($input: CreateAreaInput!) {\n    createArea(input: $input) {\n      area { id kind name code gridLevel version retiredAt parent { id } centroid { lat lng } }\n      userErrors { code field message }\n    }\n  }\n": typeof types.AreaAdmCreateDocument,
    "\n  mutation AreaAdmUpdate($input: UpdateAreaInput!) {\n    updateArea(input: $input) {\n      area { id name code version }\n      userErrors { code field message }\n    }\n  }\n": typeof types.AreaAdmUpdateDocument,
    "\n  query AreaAdmRead($id: ID!) {\n    area(id: $id) { id name gridLevel version retiredAt gcj: centroid(system: GCJ02) { lat lng } wgs: centroid { lat lng } }\n  }\n": typeof types.AreaAdmReadDocument,
    "\n  query AreaAdmChildren($id: ID!, $below: ID!) {\n    area(id: $id) { children(first: 100) { edges { node { id } } } }\n    areas(below: $below, first: 100) { edges { node { id } } }\n  }\n": typeof types.AreaAdmChildrenDocument,
    "\n  query AreaAdmEvents($subject: ID!) {\n    events(first: 50, filter: { subjectIds: [$subject] }) { edges { node { type data subject { id } } } }\n  }\n": typeof types.AreaAdmEventsDocument,
    "\n  mutation AreaGeoCreate($input: CreateAreaInput!) {\n    createArea(input: $input) { area { id kind gridLevel boundary } userErrors { code field message } }\n  }\n": typeof types.AreaGeoCreateDocument,
    "\n  mutation AreaGeoUpdate($input: UpdateAreaInput!) {\n    updateArea(input: $input) { area { id version boundary } userErrors { code field message } }\n  }\n": typeof types.AreaGeoUpdateDocument,
    "\n  query AreaGeoBoundary($id: ID!) {\n    area(id: $id) { id version wgs: boundary gcj: boundary(system: GCJ02) bd: boundary(system: BD09) }\n  }\n": typeof types.AreaGeoBoundaryDocument,
    "\n  query AreaGeoAt($point: GeoPointInput!) {\n    areasAt(point: $point) { id kind name }\n  }\n": typeof types.AreaGeoAtDocument,
    "\n  mutation AreaGeoCreateResource($input: CreateResourceInput!) {\n    createResource(input: $input) { resource { id area { id } } userErrors { code field message } }\n  }\n": typeof types.AreaGeoCreateResourceDocument,
    "\n  mutation AreaGeoPostDemand($input: PostDemandInput!) {\n    postDemand(input: $input) { demand { id area { id } } userErrors { code field message } }\n  }\n": typeof types.AreaGeoPostDemandDocument,
    "\n  query AreaGeoChildCount($id: ID!) {\n    area(id: $id) { children(first: 100) { totalCount } }\n  }\n": typeof types.AreaGeoChildCountDocument,
    "\n    mutation AreaGeoMove($input: MoveAreaInput!) {\n      moveArea(input: $input) { area { id parent { id } } userErrors { code field message } }\n    }\n  ": typeof types.AreaGeoMoveDocument,
    "\n    query AreaGeoSeededGrids { areas(kind: GRID, first: 100) { edges { node { id centroid { lat lng } parent { id parent { id } } } } } }\n  ": typeof types.AreaGeoSeededGridsDocument,
    "\n  mutation AreaMvMove($input: MoveAreaInput!) {\n    moveArea(input: $input) {\n      area { id kind gridLevel version parent { id } }\n      userErrors { code field message }\n    }\n  }\n": typeof types.AreaMvMoveDocument,
    "\n  query AreaMvRead($id: ID!) {\n    area(id: $id) { id gridLevel version parent { id } demandStatistics { status kind count quantity } }\n  }\n": typeof types.AreaMvReadDocument,
    "\n  query AreaMvDemand($id: ID!) { demand(id: $id) { id } }\n": typeof types.AreaMvDemandDocument,
    "\n  query AreaMvMatches($area: ID!) {\n    matches(filter: { areaId: $area }, first: 100) {\n      edges { node { id status atRisk demand { id } agreement { id } } }\n    }\n  }\n": typeof types.AreaMvMatchesDocument,
    "\n  mutation AreaMvAccept($input: MatchInput!) {\n    acceptMatch(input: $input) { match { id status } userErrors { code } }\n  }\n": typeof types.AreaMvAcceptDocument,
    "\n  mutation AreaRetCreate($input: CreateAreaInput!) {\n    createArea(input: $input) { area { id version } userErrors { code field message } }\n  }\n": typeof types.AreaRetCreateDocument,
    "\n  mutation AreaRetUpdate($input: UpdateAreaInput!) {\n    updateArea(input: $input) { area { id version } userErrors { code } }\n  }\n": typeof types.AreaRetUpdateDocument,
    "\n  mutation AreaRetRetire($input: RetireAreaInput!) {\n    retireArea(input: $input) {\n      area { id version retiredAt }\n      inUse { kind count }\n      userErrors { code field message }\n    }\n  }\n": typeof types.AreaRetRetireDocument,
    "\n  mutation AreaRetWithdraw($input: ResourceStatusInput!) {\n    withdrawResource(input: $input) { resource { status } userErrors { code } }\n  }\n": typeof types.AreaRetWithdrawDocument,
    "\n  mutation AreaRetCancelDemand($input: CancelDemandInput!) {\n    cancelDemand(input: $input) { demand { status } userErrors { code } }\n  }\n": typeof types.AreaRetCancelDemandDocument,
    "\n  mutation AreaRetRegister($input: RegisterOrganizationInput!) {\n    registerOrganization(input: $input) { organization { id } userErrors { code field } }\n  }\n": typeof types.AreaRetRegisterDocument,
    "\n  mutation AreaRetCreateResource($input: CreateResourceInput!) {\n    createResource(input: $input) { resource { id } userErrors { code field } }\n  }\n": typeof types.AreaRetCreateResourceDocument,
    "\n  mutation AreaRetOpenList($input: OpenDemandListInput!) {\n    openDemandList(input: $input) { demandList { id } userErrors { code field } }\n  }\n": typeof types.AreaRetOpenListDocument,
    "\n  query AreaRetNode($id: ID!) {\n    node(id: $id) { id ... on Area { name retiredAt version } }\n    area(id: $id) { id retiredAt }\n  }\n": typeof types.AreaRetNodeDocument,
    "\n  query AreaRetLists($parent: ID!, $includeRetired: Boolean) {\n    area(id: $parent) {\n      live: children(first: 100) { edges { node { id } } }\n      all: children(first: 100, includeRetired: $includeRetired) { edges { node { id retiredAt } } }\n    }\n    live: areas(below: $parent, first: 100) { edges { node { id } } }\n    all: areas(below: $parent, first: 100, includeRetired: $includeRetired) { edges { node { id } } }\n  }\n": typeof types.AreaRetListsDocument,
    "\n  query AreaRetDistrict { district { id } }\n": typeof types.AreaRetDistrictDocument,
    "\n  query AuthViewer {\n    viewer { isAnonymous accountId role expiresAt capabilities area { id kind } organization { id name } }\n  }\n": typeof types.AuthViewerDocument,
    "query AuthHolidays($from: String!, $to: String!) { holidays(from: $from, to: $to) { date kind name } }": typeof types.AuthHolidaysDocument,
    "\n  mutation AuthSetHolidays($input: SetHolidaysInput!) {\n    setHolidays(input: $input) { holidays { date kind name } userErrors { code field message } }\n  }\n": typeof types.AuthSetHolidaysDocument,
    "\n  query AuthHolidayEvents { events(filter: { types: [HOLIDAYS_SET] }) { edges { node { type subjectId data } } } }\n": typeof types.AuthHolidayEventsDocument,
    "\n  mutation AvailReport($input: ReportAvailabilityInput!) {\n    reportAvailability(input: $input) {\n      observation { id freeCount observedAt source resource { id } }\n      userErrors { code field message }\n    }\n  }\n": typeof types.AvailReportDocument,
    "\n  mutation AvailReportMany($input: ReportAvailabilitiesInput!) {\n    reportAvailabilities(input: $input) {\n      observations { id freeCount observedAt resource { id } }\n      userErrors { code field message }\n    }\n  }\n": typeof types.AvailReportManyDocument,
    "\n  query AvailRead($id: ID!) { resource(id: $id) { id version status latestAvailability { freeCount observedAt } } }\n": typeof types.AvailReadDocument,
    "\n  mutation AvailWithdraw($input: ResourceStatusInput!) { withdrawResource(input: $input) { resource { id } userErrors { code } } }\n": typeof types.AvailWithdrawDocument,
    "\n  query CaseSatisfaction($id: ID!, $period: PeriodInput) {\n    area(id: $id) {\n      caseStatistics(period: $period) {\n        reviewsNeeded explained\n        satisfaction {\n          self { count satisfied basicallySatisfied dissatisfied satisfactionRate }\n          callback { count satisfied basicallySatisfied dissatisfied satisfactionRate }\n          combined { count satisfied basicallySatisfied dissatisfied satisfactionRate }\n        }\n      }\n    }\n  }\n": typeof types.CaseSatisfactionDocument,
    "\n  query OrganizationCaseRecord($id: ID!, $period: PeriodInput) {\n    organization(id: $id) {\n      caseRecord(period: $period) {\n        summoned reportedIn reportedInOnTime declined declinesAccepted done overdueNow medianMinutesToReportIn\n        satisfaction {\n          self { count satisfied basicallySatisfied dissatisfied satisfactionRate }\n          callback { count satisfied basicallySatisfied dissatisfied satisfactionRate }\n          combined { count satisfied basicallySatisfied dissatisfied satisfactionRate }\n        }\n      }\n    }\n  }\n": typeof types.OrganizationCaseRecordDocument,
    "\n  query OrganizationCaseRecords($a: ID!, $b: ID!, $c: ID!, $period: PeriodInput) {\n    a: organization(id: $a) { caseRecord(period: $period) { summoned satisfaction { combined { count } } } }\n    b: organization(id: $b) { caseRecord(period: $period) { summoned satisfaction { combined { count } } } }\n    c: organization(id: $c) { caseRecord(period: $period) { summoned satisfaction { combined { count } } } }\n  }\n": typeof types.OrganizationCaseRecordsDocument,
    "\n  query CaseStats($id: ID!, $period: PeriodInput) {\n    area(id: $id) {\n      caseStatistics(period: $period) {\n        reported byStatus { status count } byCategory { category count } byLevel { level count }\n        whistles summonses organizationsSummoned reportInsDue reportInsOnTime reportInOnTimeRate\n        completionsDue completionsOnTime completedOnTimeRate medianMinutesToReportIn medianMinutesToClose\n        overdueNow summonsesOverdueNow\n        byOrganization { organization { id } summoned reportedIn reportedInOnTime declined declinesAccepted done overdueNow medianMinutesToReportIn }\n      }\n    }\n  }\n": typeof types.CaseStatsDocument,
    "\n  mutation CoordCreate($input: CreateResourceInput!) {\n    createResource(input: $input) { resource { id } userErrors { code field message } }\n  }\n": typeof types.CoordCreateDocument,
    "\n  mutation CoordPublish($input: ResourceStatusInput!) {\n    publishResource(input: $input) { resource { id } userErrors { code } }\n  }\n": typeof types.CoordPublishDocument,
    "\n  query CoordList($org: ID!, $system: CoordinateSystem!) {\n    resources(filter: { organizationId: $org }, first: 10) {\n      edges { node { id title location(system: $system) { lat lng system } } }\n    }\n  }\n": typeof types.CoordListDocument,
    "\n  query CoordById($id: ID!, $system: CoordinateSystem!) {\n    resource(id: $id) { location(system: $system) { lat lng system } }\n    node(id: $id) { ... on Resource { location(system: $system) { lat lng system } } }\n  }\n": typeof types.CoordByIdDocument,
    "\n  query CoordAliases($org: ID!, $id: ID!) {\n    resources(filter: { organizationId: $org }, first: 10) {\n      edges {\n        node {\n          id\n          gcj: location(system: GCJ02) { lat lng system }\n          plain: location { lat lng system }\n          bd: location(system: BD09) { lat lng system }\n          wgs: location(system: WGS84) { lat lng }\n        }\n      }\n    }\n    resource(id: $id) {\n      gcj: location(system: GCJ02) { lat lng system }\n      plain: location { lat lng system }\n    }\n  }\n": typeof types.CoordAliasesDocument,
    "\n  query CoordNested($org: ID!, $id: ID!) {\n    resources(filter: { organizationId: $org }, first: 10) {\n      edges {\n        node {\n          organization { location(system: BD09) { lat lng system } plain: location { lat lng } }\n          area { centroid(system: GCJ02) { lat lng system } parent { centroid(system: BD09) { lat lng system } } }\n        }\n      }\n    }\n    node(id: $id) {\n      ... on Resource {\n        organization { location(system: BD09) { lat lng system } }\n        area { centroid(system: GCJ02) { lat lng system } }\n      }\n    }\n  }\n": typeof types.CoordNestedDocument,
    "\n  query CoordNear($near: NearInput!) {\n    resources(filter: { near: $near }, first: 50) {\n      edges { distanceMeters node { id location(system: GCJ02) { lat lng system } } }\n    }\n  }\n": typeof types.CoordNearDocument,
    "\n  query CoordDemand($id: ID!) {\n    demand(id: $id) { gcj: location(system: GCJ02) { lat lng system } plain: location { lat lng system } }\n  }\n": typeof types.CoordDemandDocument,
    "\n  mutation CoordReport($input: ReportAvailabilityInput!) {\n    reportAvailability(input: $input) { observation { id } userErrors { code } }\n  }\n": typeof types.CoordReportDocument,
    "\n  query DemEventsLog($after: String) {\n    events(after: $after, first: 500) { edges { node { cursor type actor { id role } data subject { __typename } } } }\n  }\n": typeof types.DemEventsLogDocument,
    "\n  mutation DemEventsRegister($input: RegisterOrganizationInput!) { registerOrganization(input: $input) { organization { id } userErrors { code } } }\n": typeof types.DemEventsRegisterDocument,
    "mutation DemAuthPost($input: PostDemandInput!) { postDemand(input: $input) { demand { id } userErrors { code } } }": typeof types.DemAuthPostDocument,
    "mutation DemAuthUpdate($input: UpdateDemandInput!) { updateDemand(input: $input) { demand { id } userErrors { code } } }": typeof types.DemAuthUpdateDocument,
    "mutation DemAuthPlace($input: DemandIdInput!) { placeDemand(input: $input) { demand { id } userErrors { code } } }": typeof types.DemAuthPlaceDocument,
    "mutation DemAuthTake($input: TakeDemandInput!) { takeDemand(input: $input) { demand { id } userErrors { code } } }": typeof types.DemAuthTakeDocument,
    "mutation DemAuthCancel($input: CancelDemandInput!) { cancelDemand(input: $input) { demand { id } userErrors { code } } }": typeof types.DemAuthCancelDocument,
    "mutation DemAuthOpen($input: OpenDemandListInput!) { openDemandList(input: $input) { demandList { id } userErrors { code } } }": typeof types.DemAuthOpenDocument,
    "mutation DemAuthSubmit($input: DemandListStatusInput!) { submitDemandList(input: $input) { demandList { id } userErrors { code } } }": typeof types.DemAuthSubmitDocument,
    "mutation DemAuthPublish($input: DemandListStatusInput!) { publishDemandList(input: $input) { demandList { id } userErrors { code } } }": typeof types.DemAuthPublishDocument,
    "mutation DemAuthClose($input: DemandListStatusInput!) { closeDemandList(input: $input) { demandList { id } userErrors { code } } }": typeof types.DemAuthCloseDocument,
    "query DemAuthCount($area: ID!) { demands(filter: { areaId: $area }) { totalCount } demandLists(filter: { areaId: $area }) { totalCount } }": typeof types.DemAuthCountDocument,
    "\n  mutation DemPlace($input: DemandIdInput!) {\n    placeDemand(input: $input) { demand { id status placedBy placedAt } userErrors { code field message } }\n  }\n": typeof types.DemPlaceDocument,
    "\n  mutation DemTake($input: TakeDemandInput!) {\n    takeDemand(input: $input) {\n      demand { id status takenBy { id } takenByAccount takenAt description location { lat lng } }\n      userErrors { code field message }\n    }\n  }\n": typeof types.DemTakeDocument,
    "\n  mutation DemCancel($input: CancelDemandInput!) {\n    cancelDemand(input: $input) { demand { id status cancelReason } userErrors { code field message } }\n  }\n": typeof types.DemCancelDocument,
    "\n  mutation DemFlowUpdate($input: UpdateDemandInput!) {\n    updateDemand(input: $input) { demand { id } userErrors { code field } }\n  }\n": typeof types.DemFlowUpdateDocument,
    "\n  mutation DemPlaceVersion($input: DemandIdInput!) {\n    placeDemand(input: $input) { demand { id status version } userErrors { code field message } }\n  }\n": typeof types.DemPlaceVersionDocument,
    "\n  mutation DemUpdatePlaceCancel($update: UpdateDemandInput!, $place: DemandIdInput!, $cancel: CancelDemandInput!) {\n    updateDemand(input: $update) { demand { version } userErrors { code } }\n    placeDemand(input: $place) { demand { status version } userErrors { code } }\n    cancelDemand(input: $cancel) { demand { status version } userErrors { code } }\n  }\n": typeof types.DemUpdatePlaceCancelDocument,
    "\n  mutation DemListOpen($input: OpenDemandListInput!) {\n    openDemandList(input: $input) {\n      demandList { id title status periodStart periodEnd area { id } history { action fromStatus toStatus actor { id role } } }\n      userErrors { code field message }\n    }\n  }\n": typeof types.DemListOpenDocument,
    "\n  mutation DemListSubmit($input: DemandListStatusInput!) {\n    submitDemandList(input: $input) { demandList { id status submittedAt } userErrors { code field message } }\n  }\n": typeof types.DemListSubmitDocument,
    "\n  mutation DemListPublish($input: DemandListStatusInput!) {\n    publishDemandList(input: $input) { demandList { id status publishedAt } userErrors { code field message } }\n  }\n": typeof types.DemListPublishDocument,
    "\n  mutation DemListClose($input: DemandListStatusInput!) {\n    closeDemandList(input: $input) { demandList { id status closedAt } userErrors { code field message } }\n  }\n": typeof types.DemListCloseDocument,
    "query DemListsOf($area: ID!) { demandLists(filter: { areaId: $area }) { totalCount } }": typeof types.DemListsOfDocument,
    "\n  query DemSeen($id: ID!, $area: ID!, $list: ID!) {\n    demand(id: $id) { id description orderedBy location { lat lng } }\n    node(id: $id) { id ... on Demand { description } }\n    nodes(ids: [$id]) { id }\n    demands(filter: { areaId: $area }) { totalCount edges { node { id description } } }\n    demandList(id: $list) { id demands { totalCount edges { node { id description } } } }\n    events(filter: { subjectIds: [$id] }) { edges { node { type subject { id } } } }\n    demandEvents: events(filter: { types: [DEMAND_POSTED, DEMAND_PLACED, DEMAND_TAKEN, DEMAND_UPDATED, DEMAND_CANCELLED, DEMAND_EXPIRED] }) {\n      edges { node { subjectId } }\n    }\n    area(id: $area) { demandStatistics { status kind count quantity } }\n  }\n": typeof types.DemSeenDocument,
    "\n  mutation DemPrivacyTake($input: TakeDemandInput!) { takeDemand(input: $input) { demand { id } userErrors { code } } }\n": typeof types.DemPrivacyTakeDocument,
    "\n  mutation DemPrivacyPlace($input: DemandIdInput!) { placeDemand(input: $input) { demand { id description } userErrors { code } } }\n": typeof types.DemPrivacyPlaceDocument,
    "\n  mutation DemPrivacyUpdate($input: UpdateDemandInput!) { updateDemand(input: $input) { demand { id description } userErrors { code } } }\n": typeof types.DemPrivacyUpdateDocument,
    "\n  query DemPrivacyLists($id: ID!, $area: ID!) {\n    demandList(id: $id) { id }\n    node(id: $id) { id }\n    demandLists(filter: { areaId: $area }) { edges { node { id } } }\n  }\n": typeof types.DemPrivacyListsDocument,
    "\n  query DemSearch($filter: DemandFilter, $first: Int, $after: String, $last: Int, $before: String) {\n    demands(filter: $filter, first: $first, after: $after, last: $last, before: $before) {\n      totalCount\n      edges { cursor node { id title } }\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n    }\n  }\n": typeof types.DemSearchDocument,
    "\n  query DemPage($first: Int!, $history: Boolean!) {\n    demands(first: $first) {\n      edges {\n        node {\n          id title status kinds quantity windows { days start end } location { lat lng } endDate\n          area { id name parent { id kind } } takenBy { id name area { name } } demandList { id }\n          history @include(if: $history) { action }\n        }\n      }\n    }\n  }\n": typeof types.DemPageDocument,
    "\n  query DemStats($community: ID!, $list: ID!) {\n    area(id: $community) { demandStatistics { status kind count quantity } }\n    district { demandStatistics { status kind count quantity } }\n    areas(kind: GRID, first: 50) { edges { node { id demandStatistics { status kind count } } } }\n    demandList(id: $list) { demandStatistics { status kind count quantity } }\n  }\n": typeof types.DemStatsDocument,
    "\n  query DemGridStats($first: Int!) { areas(kind: GRID, first: $first) { edges { node { id demandStatistics { status kind count } } } } }\n": typeof types.DemGridStatsDocument,
    "\n  query DemLists($filter: DemandListFilter) { demandLists(filter: $filter, first: 50) { totalCount edges { node { id status area { id } } } } }\n": typeof types.DemListsDocument,
    "\n  query DemSeedFigures {\n    district { demandStatistics { status kind count quantity } }\n    demands(first: 3, filter: { fulfilment: RESOURCE }) { totalCount edges { node { title description status demandList { status } history { action } } } }\n    published: demandLists(filter: { statuses: [PUBLISHED] }) { totalCount }\n    lists: demandLists { totalCount }\n  }\n": typeof types.DemSeedFiguresDocument,
    "\n  query DemTimeRead($id: ID!, $area: ID!) {\n    demand(id: $id) { status version history { action fromStatus toStatus actor { id role } } }\n    placed: demands(filter: { areaId: $area, statuses: [PLACED] }) { totalCount }\n    expired: demands(filter: { areaId: $area, statuses: [EXPIRED] }) { totalCount edges { node { id } } }\n    area(id: $area) { demandStatistics { status kind count } }\n  }\n": typeof types.DemTimeReadDocument,
    "\n  query DemTimeEvents($id: ID!) {\n    events(filter: { subjectIds: [$id] }) { edges { node { type occurredAt actor { id role } data } } }\n  }\n": typeof types.DemTimeEventsDocument,
    "\n  mutation DemPost($input: PostDemandInput!) {\n    postDemand(input: $input) {\n      demand {\n        id status version title description kinds quantity acceptedQuantity startDate endDate radiusMeters audience urgency\n        channel orderedAt orderedBy recordedBy placedBy takenBy { id } location { lat lng } area { id } demandList { id }\n        windows { days dayType start end }\n        history { action fromStatus toStatus actor { id role } }\n      }\n      userErrors { code field message }\n    }\n  }\n": typeof types.DemPostDocument,
    "\n  mutation DemUpdate($input: UpdateDemandInput!) {\n    updateDemand(input: $input) { demand { id version title quantity endDate status } userErrors { code field message } }\n  }\n": typeof types.DemUpdateDocument,
    "query DemCountIn($area: ID!) { demands(filter: { areaId: $area }) { totalCount } }": typeof types.DemCountInDocument,
    "\n  mutation PurgeReport($input: ReportAvailabilityInput!) {\n    reportAvailability(input: $input) { observation { id } userErrors { code } }\n  }\n": typeof types.PurgeReportDocument,
    "\n  query PurgeEvents($after: String, $types: [EventType!]) {\n    events(after: $after, filter: { types: $types }, first: 500) { edges { node { cursor type data } } pageInfo { endCursor } }\n  }\n": typeof types.PurgeEventsDocument,
    "\n  query EvtRead($after: String, $first: Int!, $filter: EventFilter) {\n    events(after: $after, first: $first, filter: $filter) {\n      edges { cursor node { cursor type subjectId actor { id role } data subject { id ... on Organization { name } } } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.EvtReadDocument,
    "\n  mutation EvtRegister($input: RegisterOrganizationInput!) {\n    registerOrganization(input: $input) { organization { id } userErrors { code } }\n  }\n": typeof types.EvtRegisterDocument,
    "\n  query HsdsResources($after: String) {\n    resources(first: 100, after: $after) {\n      edges {\n        node {\n          id title description address audiences\n          location { lat lng }\n          windows { days dayType start end }\n          organization { id }\n        }\n      }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.HsdsResourcesDocument,
    "\n  query HsdsOrganizations($after: String) {\n    organizations(first: 100, after: $after, kinds: [AGENCY, SCHOOL, HOSPITAL, COMPANY, SOCIAL_ORGANIZATION]) {\n      edges { node { id name description } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.HsdsOrganizationsDocument,
    "\n  mutation HsdsRegisterOrganization($input: RegisterOrganizationInput!) {\n    registerOrganization(input: $input) { organization { id } userErrors { code } }\n  }\n": typeof types.HsdsRegisterOrganizationDocument,
    "\n  query HttpTooDeep {\n    district {\n      children { edges { node { children { edges { node { parent { parent { parent { parent { parent { id } } } } } } } } } } }\n    }\n  }\n": typeof types.HttpTooDeepDocument,
    "\n  query HttpTooCostly {\n    areas(first: 100) { edges { node { children(first: 100) { edges { node { children(first: 100) { totalCount } } } } } } }\n  }\n": typeof types.HttpTooCostlyDocument,
    "\n  query HttpTooCostlyByVariables($n: Int) {\n    areas(first: $n) { edges { node { children(first: $n) { edges { node { children(first: $n) { totalCount } } } } } } }\n  }\n": typeof types.HttpTooCostlyByVariablesDocument,
    "\n  query HttpAreasPage($first: Int, $last: Int, $after: String) {\n    areas(first: $first, last: $last, after: $after) { totalCount edges { cursor node { id } } }\n  }\n": typeof types.HttpAreasPageDocument,
    "query HttpOrganizationCursor { organizations(first: 1) { edges { cursor } } }": typeof types.HttpOrganizationCursorDocument,
    "query HttpAreaById($id: ID!) { area(id: $id) { id name } }": typeof types.HttpAreaByIdDocument,
    "query HttpNodeById($id: ID!) { node(id: $id) { id } }": typeof types.HttpNodeByIdDocument,
    "query HttpNodesByIds($ids: [ID!]!) { nodes(ids: $ids) { id } }": typeof types.HttpNodesByIdsDocument,
    "\n  mutation ImportsCreateArea($input: CreateAreaInput!) {\n    createArea(input: $input) { area { id } userErrors { code } }\n  }\n": typeof types.ImportsCreateAreaDocument,
    "\n  mutation ImportsImportUnits($input: ImportUnitsInput!) {\n    importUnits(input: $input) {\n      importRun { id status rowCount problemCount unitsCreated resourcesCreated resourcesUpdated resourcesUnchanged appliedAt problems { row column code } }\n      userErrors { code field }\n    }\n  }\n": typeof types.ImportsImportUnitsDocument,
    "\n  query ImportsResourceKey($id: ID!) {\n    resource(id: $id) { title externalKey }\n  }\n": typeof types.ImportsResourceKeyDocument,
    "\n  query ImportsImportRun($id: ID!) {\n    importRun(id: $id) { id status fileName format encoding rowCount }\n  }\n": typeof types.ImportsImportRunDocument,
    "\n  mutation MatXAccept($input: MatchInput!) {\n    acceptMatch(input: $input) { match { id status } userErrors { code field message } }\n  }\n": typeof types.MatXAcceptDocument,
    "\n  query MatXMatch($id: ID!) {\n    node(id: $id) { ... on Match { id status atRisk quantity history { action fromStatus toStatus reason } } }\n  }\n": typeof types.MatXMatchDocument,
    "\n  mutation MatXCancelDemand($input: CancelDemandInput!) {\n    cancelDemand(input: $input) { demand { id status } userErrors { code field message } }\n  }\n": typeof types.MatXCancelDemandDocument,
    "\n  mutation MatXCreateResource($input: CreateResourceInput!) {\n    createResource(input: $input) { resource { id } userErrors { code field message } }\n  }\n": typeof types.MatXCreateResourceDocument,
    "\n  mutation MatXPublishResource($input: ResourceStatusInput!) {\n    publishResource(input: $input) { resource { id status } userErrors { code } }\n  }\n": typeof types.MatXPublishResourceDocument,
    "\n  query MatXSuggestions($id: ID!, $first: Int) {\n    demand(id: $id) { id suggestions(first: $first) { distanceMeters resource { id accessMode } } }\n  }\n": typeof types.MatXSuggestionsDocument,
    "\n  query MatXSuggestionsDefault($id: ID!) {\n    demand(id: $id) { suggestions { distanceMeters resource { id } } }\n  }\n": typeof types.MatXSuggestionsDefaultDocument,
    "\n  mutation MatAccept($input: MatchInput!) {\n    acceptMatch(input: $input) { match { id status quantity history { action fromStatus toStatus reason actor { role } } } userErrors { code field message } }\n  }\n": typeof types.MatAcceptDocument,
    "\n  mutation MatDecline($input: MatchReasonInput!) {\n    declineMatch(input: $input) { match { id status } userErrors { code field message } }\n  }\n": typeof types.MatDeclineDocument,
    "\n  mutation MatCancel($input: MatchReasonInput!) {\n    cancelMatch(input: $input) { match { id status history { action reason } } userErrors { code field message } }\n  }\n": typeof types.MatCancelDocument,
    "\n  mutation MatFulfil($input: MatchInput!) {\n    fulfilMatch(input: $input) { match { id status } userErrors { code field message } }\n  }\n": typeof types.MatFulfilDocument,
    "\n  query MatState($demand: ID!, $resource: ID!) {\n    demand(id: $demand) { status matches { id status quantity } }\n    resource(id: $resource) { matches { id status } }\n  }\n": typeof types.MatStateDocument,
    "\n  query MatInbox($org: ID!, $statuses: [MatchStatus!]) {\n    matches(filter: { organizationId: $org, statuses: $statuses }, first: 100) { edges { node { id status } } }\n  }\n": typeof types.MatInboxDocument,
    "\n  query MatNode($id: ID!) { node(id: $id) { id ... on Match { status quantity } } }\n": typeof types.MatNodeDocument,
    "\n  query MatEvents($id: ID!) { events(filter: { subjectIds: [$id] }, first: 10) { edges { node { type subject { id } } } } }\n": typeof types.MatEventsDocument,
    "\n  query MatInboxDeep($org: ID!) {\n    matches(filter: { organizationId: $org }, first: 100) {\n      edges { node { id status demand { id title } resource { id title } history { action } } }\n    }\n  }\n": typeof types.MatInboxDeepDocument,
    "\n  mutation MatRulesDecline($input: MatchReasonInput!) {\n    declineMatch(input: $input) { match { id status } userErrors { code field message } }\n  }\n": typeof types.MatRulesDeclineDocument,
    "\n  query MatRulesRuns($areaId: ID) { matchRuns(areaId: $areaId, first: 10) { edges { node { id proposedCount area { id } } } } }\n": typeof types.MatRulesRunsDocument,
    "\n  query MatRulesUnitSees($id: ID!) { demand(id: $id) { id description matches { id status } } }\n": typeof types.MatRulesUnitSeesDocument,
    "\n  query BoardScale($filter: OpenOrderFilter, $first: Int) {\n    openOrders(filter: $filter, first: $first) {\n      edges {\n        cursor\n        node {\n          demandId title serviceKinds urgency audience quantity stillNeeded startDate endDate placedAt takeDeadline isOverdue\n          windows { days start end }\n          location { lat lng system }\n          gcj: location(system: GCJ02) { lat lng }\n          community { id name kind code gridLevel centroid { lat lng } parent { id name parent { id } } }\n          grid { id name kind gridLevel centroid { lat lng } parent { id name } }\n        }\n      }\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n    }\n  }\n": typeof types.BoardScaleDocument,
    "\n  query BoardCards($filter: OpenOrderFilter, $first: Int, $after: String) {\n    openOrders(filter: $filter, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          demandId title serviceKinds urgency audience quantity stillNeeded startDate endDate placedAt takeDeadline isOverdue\n          windows { days start end }\n          community { id name } grid { id name }\n          location { lat lng system }\n        }\n      }\n      pageInfo { hasNextPage hasPreviousPage endCursor }\n    }\n  }\n": typeof types.BoardCardsDocument,
    "\n  mutation BoardCreateTeam($input: CreateVolunteerTeamInput!) { createVolunteerTeam(input: $input) { team { id } userErrors { code message } } }\n": typeof types.BoardCreateTeamDocument,
    "\n  mutation RegisterOrg($input: RegisterOrganizationInput!) {\n    registerOrganization(input: $input) {\n      organization { id name kind version address contactName contactPhone location { lat lng } area { id name } }\n      userErrors { code field message }\n    }\n  }\n": typeof types.RegisterOrgDocument,
    "\n  mutation UpdateOrg($input: UpdateOrganizationInput!) {\n    updateOrganization(input: $input) {\n      organization { id name version description }\n      userErrors { code field message }\n    }\n  }\n": typeof types.UpdateOrgDocument,
    "\n  query ReadOrg($id: ID!) {\n    organization(id: $id) { id name version contactName contactPhone }\n  }\n": typeof types.ReadOrgDocument,
    "query OrgCount { organizations { totalCount } }": typeof types.OrgCountDocument,
    "\n  query OrgKinds($kinds: [OrganizationKind!], $below: ID) {\n    organizations(first: 100, kinds: $kinds, below: $below) { totalCount edges { node { id name kind } } }\n  }\n": typeof types.OrgKindsDocument,
    "\n  query PtsOrderStats($id: ID!, $period: PeriodInput!) {\n    area(id: $id) {\n      orderStatistics(period: $period) { placed taken served confirmed medianMinutesToTake medianMinutesToServe minutesServed pointsAwarded }\n    }\n  }\n": typeof types.PtsOrderStatsDocument,
    "\n  query PtsRanking($id: ID!, $period: PeriodInput!, $first: Int) {\n    area(id: $id) { volunteerRanking(period: $period, first: $first) { rank points minutes volunteerName volunteer { id } } }\n  }\n": typeof types.PtsRankingDocument,
    "\n  mutation PtsSetRule($input: SetPointsRuleInput!) {\n    setPointsRule(input: $input) { pointsRule { pointsPerHour isDefault setAt version } userErrors { code field message } }\n  }\n": typeof types.PtsSetRuleDocument,
    "\n  query PtsRule($id: ID!) { area(id: $id) { pointsRule { pointsPerHour isDefault setAt version } } }\n": typeof types.PtsRuleDocument,
    "\n  mutation PtsAdjust($input: AdjustPointsInput!) {\n    adjustPoints(input: $input) {\n      entry { kind points minutes reason at actor { id role } area { id } demand { id } }\n      volunteer { id points }\n      userErrors { code field message }\n    }\n  }\n": typeof types.PtsAdjustDocument,
    "\n  query PtsLedger($id: ID!, $first: Int, $after: String) {\n    pointsLedger(volunteerId: $id, first: $first, after: $after) {\n      edges { cursor node { kind points minutes reason actor { id role } } }\n      pageInfo { hasNextPage endCursor }\n      totalCount\n    }\n  }\n": typeof types.PtsLedgerDocument,
    "\n  query PtsLedgerDemands($id: ID!) { pointsLedger(volunteerId: $id) { edges { node { kind points area { id } demand { id } } } } }\n": typeof types.PtsLedgerDemandsDocument,
    "query PtsBalance($id: ID!) { volunteer(id: $id) { id points } }": typeof types.PtsBalanceDocument,
    "\n  query PtsEvents($types: [EventType!]) { events(filter: { types: $types }, first: 500) { edges { node { type subjectId data actor { role } } } } }\n": typeof types.PtsEventsDocument,
    "\n  mutation PrjMoveAdvance($input: AdvanceProjectInput!) {\n    advanceProject(input: $input) { project { id status evaluation evaluationScore version } userErrors { code field message } }\n  }\n": typeof types.PrjMoveAdvanceDocument,
    "\n  mutation PrjMoveCancel($input: CancelProjectInput!) {\n    cancelProject(input: $input) { project { id status version } userErrors { code field message } }\n  }\n": typeof types.PrjMoveCancelDocument,
    "\n  query PrjMoveRead($id: ID!) {\n    project(id: $id) { id status version evaluation evaluationScore history { action from to actor { role } reason } }\n  }\n": typeof types.PrjMoveReadDocument,
    "\n  mutation PrjLinkDemands($input: LinkDemandsToProjectInput!) {\n    linkDemandsToProject(input: $input) { project { id version demandCount } userErrors { code field message } }\n  }\n": typeof types.PrjLinkDemandsDocument,
    "\n  mutation PrjLinkResources($input: LinkResourcesToProjectInput!) {\n    linkResourcesToProject(input: $input) {\n      project { id version resources { id } organizations { id } }\n      userErrors { code field message }\n    }\n  }\n": typeof types.PrjLinkResourcesDocument,
    "\n  mutation PrjAddMilestone($input: AddProjectMilestoneInput!) {\n    addProjectMilestone(input: $input) { project { id milestones { id title dueDate completedAt completedBy } } userErrors { code field message } }\n  }\n": typeof types.PrjAddMilestoneDocument,
    "\n  mutation PrjCompleteMilestone($input: CompleteProjectMilestoneInput!) {\n    completeProjectMilestone(input: $input) { project { id milestones { id completedAt completedBy } } userErrors { code field message } }\n  }\n": typeof types.PrjCompleteMilestoneDocument,
    "\n  mutation PrjAddNote($input: AddProjectNoteInput!) {\n    addProjectNote(input: $input) { project { id notes { text author { role } createdAt } } userErrors { code field message } }\n  }\n": typeof types.PrjAddNoteDocument,
    "\n  query PrjPartsRead($id: ID!) {\n    project(id: $id) {\n      id status version demandCount\n      resources { id } organizations { id }\n      milestones { id completedAt } notes { text }\n      history { action detail }\n    }\n  }\n": typeof types.PrjPartsReadDocument,
    "\n  mutation PrjReadsLink($input: LinkDemandsToProjectInput!) { linkDemandsToProject(input: $input) { userErrors { code } } }\n": typeof types.PrjReadsLinkDocument,
    "\n  query PrjDemands($id: ID!, $area: ID!) {\n    project(id: $id) { demandCount demands { id title description } }\n    node(id: $id) { __typename ... on Project { demandCount demands { id title } } }\n    projects(filter: { areaId: $area }) { edges { node { id demandCount demands { id } } } }\n  }\n": typeof types.PrjDemandsDocument,
    "\n  query PrjList($filter: ProjectFilter, $first: Int, $after: String, $last: Int, $before: String) {\n    projects(filter: $filter, first: $first, after: $after, last: $last, before: $before) {\n      totalCount\n      edges { cursor node { id status title area { name } organization { id } } }\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n    }\n  }\n": typeof types.PrjListDocument,
    "query PrjNode($id: ID!) { node(id: $id) { id ... on Project { title status } } }": typeof types.PrjNodeDocument,
    "query PrjStatistics($id: ID!) { area(id: $id) { projectStatistics { status count } } }": typeof types.PrjStatisticsDocument,
    "\n  query PrjEverything($area: ID!) {\n    projects(filter: { areaId: $area }, first: 50) {\n      edges {\n        node {\n          id title status proposedBy { role }\n          area { name parent { name } } organization { name }\n          organizations { name } resources { title } demandCount demands { title }\n          milestones { title } notes { text } history { action }\n        }\n      }\n    }\n  }\n": typeof types.PrjEverythingDocument,
    "\n  mutation PrjReadsNote($input: AddProjectNoteInput!) { addProjectNote(input: $input) { userErrors { code } } }\n": typeof types.PrjReadsNoteDocument,
    "\n  mutation PrjReadsMilestone($input: AddProjectMilestoneInput!) { addProjectMilestone(input: $input) { userErrors { code } } }\n": typeof types.PrjReadsMilestoneDocument,
    "\n  mutation PrjReadsResources($input: LinkResourcesToProjectInput!) { linkResourcesToProject(input: $input) { userErrors { code } } }\n": typeof types.PrjReadsResourcesDocument,
    "\n  query PrjSeeded {\n    district { projectStatistics { status count } }\n    projects(first: 100) {\n      totalCount\n      edges { node { title status area { kind } organizations { id } resources { kind } milestones { completedAt } notes { text } history { action } demandCount demands { id } } }\n    }\n  }\n": typeof types.PrjSeededDocument,
    "\n  mutation PrjApprove($input: ApproveProjectInput!) {\n    approveProject(input: $input) { project { id status approvedAt version } userErrors { code field message } }\n  }\n": typeof types.PrjApproveDocument,
    "\n  query PrjRead($id: ID!) {\n    project(id: $id) {\n      id status version title approvedAt evaluation\n      proposedBy { id role }\n      area { id }\n      organization { id }\n      organizations { id }\n      history { action from to actor { id role } reason occurredAt }\n    }\n  }\n": typeof types.PrjReadDocument,
    "\n  query PrjPublicEvents($id: ID!) { events(filter: { subjectIds: [$id] }) { edges { node { type } } } }\n": typeof types.PrjPublicEventsDocument,
    "query PrjCount($area: ID!) { projects(filter: { areaId: $area }) { totalCount } }": typeof types.PrjCountDocument,
    "\n  query ReadNested($first: Int!) {\n    resources(first: $first, orderBy: TITLE) {\n      edges {\n        cursor\n        node {\n          id title kind capacity location { lat lng } latestAvailability { freeCount }\n          organization { id name kind area { name } }\n          area { id name parent { id name kind } }\n        }\n      }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.ReadNestedDocument,
    "\n  query ReadById($id: ID!) {\n    resource(id: $id) { id title organization { name } area { name parent { name } } }\n    node(id: $id) { ... on Resource { title organization { name } } }\n  }\n": typeof types.ReadByIdDocument,
    "\n  mutation RtResReport($input: ReportAvailabilityInput!) {\n    reportAvailability(input: $input) { observation { id } userErrors { code } }\n  }\n": typeof types.RtResReportDocument,
    "\n  query RtResDrafted($after: String) {\n    events(after: $after, first: 500, filter: { types: [AGREEMENT_DRAFTED] }) { edges { cursor } }\n  }\n": typeof types.RtResDraftedDocument,
    "\n  mutation RtReport($input: ReportAvailabilityInput!) {\n    reportAvailability(input: $input) { observation { id } userErrors { code } }\n  }\n": typeof types.RtReportDocument,
    "\n  mutation RtReportMany($input: ReportAvailabilitiesInput!) {\n    reportAvailabilities(input: $input) { observations { id } userErrors { code } }\n  }\n": typeof types.RtReportManyDocument,
    "\n  query SearchOpenAt($filter: ResourceFilter) {\n    resources(filter: $filter, first: 100) { edges { node { id } } pageInfo { hasNextPage } }\n  }\n": typeof types.SearchOpenAtDocument,
    "\n  query SearchOpenNow($filter: ResourceFilter, $id: ID!) {\n    resources(filter: $filter, first: 100) { edges { node { id isOpenNow nextOpenAt } } }\n    resource(id: $id) { id isOpenNow nextOpenAt }\n  }\n": typeof types.SearchOpenNowDocument,
    "\n  mutation SearchOpenCreate($input: CreateResourceInput!) {\n    createResource(input: $input) { resource { id } userErrors { code field message } }\n  }\n": typeof types.SearchOpenCreateDocument,
    "\n  mutation SearchOpenPublish($input: ResourceStatusInput!) { publishResource(input: $input) { userErrors { code } } }\n": typeof types.SearchOpenPublishDocument,
    "\n  mutation SearchSetHolidays($input: SetHolidaysInput!) { setHolidays(input: $input) { userErrors { code field message } } }\n": typeof types.SearchSetHolidaysDocument,
    "\n  query SearchPage($filter: ResourceFilter, $orderBy: ResourceOrder, $first: Int, $after: String, $last: Int, $before: String) {\n    resources(filter: $filter, orderBy: $orderBy, first: $first, after: $after, last: $last, before: $before) {\n      totalCount\n      edges { cursor distanceMeters node { id } }\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n    }\n  }\n": typeof types.SearchPageDocument,
    "\n  query SearchOrganizationResources($id: ID!, $after: String) {\n    organization(id: $id) { resources(first: 1, after: $after) { edges { cursor } } }\n  }\n": typeof types.SearchOrganizationResourcesDocument,
    "\n  query SearchFind($filter: ResourceFilter, $orderBy: ResourceOrder, $first: Int, $after: String) {\n    resources(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      edges { distanceMeters node { id title status location { lat lng } } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.SearchFindDocument,
    "\n  query SearchLatest($filter: ResourceFilter) {\n    resources(filter: $filter) { edges { node { id latestAvailability { freeCount observedAt } } } }\n  }\n": typeof types.SearchLatestDocument,
    "\n  mutation SearchCreate($input: CreateResourceInput!) {\n    createResource(input: $input) { resource { id } userErrors { code field message } }\n  }\n": typeof types.SearchCreateDocument,
    "\n  mutation SearchPublish($input: ResourceStatusInput!) { publishResource(input: $input) { resource { status } userErrors { code } } }\n": typeof types.SearchPublishDocument,
    "\n  mutation SearchPause($input: ResourceStatusInput!) { pauseResource(input: $input) { resource { status } userErrors { code } } }\n": typeof types.SearchPauseDocument,
    "\n  mutation SearchReport($input: ReportAvailabilityInput!) { reportAvailability(input: $input) { userErrors { code } } }\n": typeof types.SearchReportDocument,
    "\n  mutation ResCreate($input: CreateResourceInput!) {\n    createResource(input: $input) {\n      resource {\n        id kind status accessMode capacity version audiences publishedAt location { lat lng } area { id } organization { id }\n        windows { days dayType start end }\n      }\n      userErrors { code field message }\n    }\n  }\n": typeof types.ResCreateDocument,
    "\n  mutation ResUpdate($input: UpdateResourceInput!) {\n    updateResource(input: $input) { resource { id version title capacity } userErrors { code field message } }\n  }\n": typeof types.ResUpdateDocument,
    "\n  mutation ResPublish($input: ResourceStatusInput!) {\n    publishResource(input: $input) { resource { id status version publishedAt } userErrors { code field message } }\n  }\n": typeof types.ResPublishDocument,
    "\n  mutation ResPause($input: ResourceStatusInput!) {\n    pauseResource(input: $input) { resource { id status version publishedAt } userErrors { code field message } }\n  }\n": typeof types.ResPauseDocument,
    "\n  mutation ResWithdraw($input: ResourceStatusInput!) {\n    withdrawResource(input: $input) { resource { id status version publishedAt } userErrors { code field message } }\n  }\n": typeof types.ResWithdrawDocument,
    "query ResRead($id: ID!) { resource(id: $id) { id status version title capacity } }": typeof types.ResReadDocument,
    "\n  query ResSeen($id: ID!, $org: ID!) {\n    resource(id: $id) { id }\n    node(id: $id) { id }\n    organization(id: $org) { resources(statuses: [DRAFT]) { totalCount edges { node { id } } } }\n  }\n": typeof types.ResSeenDocument,
    "query ResStamps($id: ID!) { resource(id: $id) { createdAt updatedAt } }": typeof types.ResStampsDocument,
    "query ResCount($org: ID!) { organization(id: $org) { resources { totalCount } } }": typeof types.ResCountDocument,
    "\n  query SeedTree {\n    district { name kind children(first: 10) { totalCount } }\n    streets: areas(kind: STREET) { totalCount }\n    communities: areas(kind: COMMUNITY) { totalCount }\n    grids: areas(kind: GRID) { totalCount }\n    buildings: areas(kind: BUILDING) { totalCount }\n    units: organizations(kinds: [AGENCY, SCHOOL, HOSPITAL, COMPANY, SOCIAL_ORGANIZATION]) { totalCount }\n    departments: organizations(kinds: [DEPARTMENT]) { totalCount }\n    organizations { totalCount }\n  }\n": typeof types.SeedTreeDocument,
    "\n  query SeedStatistics { district { resourceStatistics { kind resourceCount totalCapacity } } }\n": typeof types.SeedStatisticsDocument,
    "\n  query SeedStreetStatistics {\n    district { resourceStatistics { kind resourceCount totalCapacity } }\n    streets: areas(kind: STREET) { edges { node { name resourceStatistics { kind resourceCount totalCapacity } } } }\n  }\n": typeof types.SeedStreetStatisticsDocument,
    "\n  query SeedVolunteerFigures {\n    district {\n      volunteerStatistics {\n        total byStatus { status count } approved partyMembers inService retired reportedByUnits teams unitsReported\n        byEmployer(first: 500) { members }\n      }\n    }\n    streets: areas(kind: STREET) { edges { node { volunteerStatistics { total approved teams } } } }\n  }\n": typeof types.SeedVolunteerFiguresDocument,
    "\n  query SeedHolidays { holidays(from: \"2026-01-01\", to: \"2027-12-31\") { date kind name } }\n": typeof types.SeedHolidaysDocument,
    "\n  query VolStatistics($id: ID!, $first: Int) {\n    area(id: $id) {\n      volunteerStatistics {\n        total byStatus { status count } approved partyMembers inService retired reportedByUnits teams unitsReported\n        byEmployer(first: $first) { organization { id name } members partyMembers }\n      }\n    }\n  }\n": typeof types.VolStatisticsDocument,
    "\n  query VolStreetStatistics {\n    areas(kind: STREET, first: 50) {\n      edges { node { volunteerStatistics { total approved teams unitsReported byEmployer { members organization { name } } } } }\n    }\n  }\n": typeof types.VolStreetStatisticsDocument,
    "query VolStreetsOnly { areas(kind: STREET, first: 50) { edges { node { id } } } }": typeof types.VolStreetsOnlyDocument,
    "\n  mutation AgrCreate($input: CreateAgreementDraftInput!) {\n    createAgreementDraft(input: $input) { agreement { ...AgrFields } userErrors { code field message } }\n  }\n  fragment AgrFields on SharingAgreement {\n    id status recordedStatus version title terms startDate endDate proposedBy proposedAt signedAt\n    signatures { party signedBy }\n    items { committedQuantity resource { id } windows { days dayType start end } }\n  }\n": typeof types.AgrCreateDocument,
    "\n  mutation AgrUpdate($input: UpdateAgreementDraftInput!) {\n    updateAgreementDraft(input: $input) { agreement { ...AgrFields } userErrors { code field message } }\n  }\n": typeof types.AgrUpdateDocument,
    "\n  mutation AgrDiscard($input: AgreementInput!) {\n    discardAgreementDraft(input: $input) { discardedAgreementId userErrors { code field message } }\n  }\n": typeof types.AgrDiscardDocument,
    "\n  mutation AgrPropose($input: AgreementInput!) {\n    proposeAgreement(input: $input) { agreement { ...AgrFields } userErrors { code field message } }\n  }\n": typeof types.AgrProposeDocument,
    "\n  mutation AgrSign($input: AgreementInput!) {\n    signAgreement(input: $input) { agreement { ...AgrFields } userErrors { code field message } }\n  }\n": typeof types.AgrSignDocument,
    "\n  mutation AgrReject($input: AgreementReasonInput!) {\n    rejectAgreement(input: $input) { agreement { ...AgrFields } userErrors { code field message } }\n  }\n": typeof types.AgrRejectDocument,
    "\n  mutation AgrWithdraw($input: AgreementReasonInput!) {\n    withdrawAgreementProposal(input: $input) { agreement { ...AgrFields } userErrors { code field message } }\n  }\n": typeof types.AgrWithdrawDocument,
    "\n  mutation AgrSuspend($input: AgreementReasonInput!) {\n    suspendAgreement(input: $input) { agreement { ...AgrFields } userErrors { code field message } }\n  }\n": typeof types.AgrSuspendDocument,
    "\n  mutation AgrResume($input: AgreementReasonInput!) {\n    resumeAgreement(input: $input) { agreement { ...AgrFields } userErrors { code field message } }\n  }\n": typeof types.AgrResumeDocument,
    "\n  mutation AgrTerminate($input: AgreementReasonInput!) {\n    terminateAgreement(input: $input) { agreement { ...AgrFields } userErrors { code field message } }\n  }\n": typeof types.AgrTerminateDocument,
    "\n  query AgrRead($id: ID!) {\n    agreement(id: $id) {\n      ...AgrFields\n      history { action fromStatus toStatus party actor { id role } reason at }\n    }\n  }\n": typeof types.AgrReadDocument,
    "\n  query AgrSharedWith($area: ID!) { resources(filter: { sharedWith: $area }, first: 100) { edges { node { id } } } }\n": typeof types.AgrSharedWithDocument,
    "\n  mutation KitRegisterOrganization($input: RegisterOrganizationInput!) {\n    registerOrganization(input: $input) { organization { id version } userErrors { code field message } }\n  }\n": typeof types.KitRegisterOrganizationDocument,
    "\n  mutation KitCreateResource($input: CreateResourceInput!) {\n    createResource(input: $input) { resource { id version status } userErrors { code field message } }\n  }\n": typeof types.KitCreateResourceDocument,
    "\n  mutation KitPublishResource($input: ResourceStatusInput!) {\n    publishResource(input: $input) { resource { id version status } userErrors { code } }\n  }\n": typeof types.KitPublishResourceDocument,
    "\n  query KitEventsOf($id: ID!) {\n    events(filter: { subjectIds: [$id] }, first: 500) { edges { node { type data } } }\n  }\n": typeof types.KitEventsOfDocument,
    "\n  mutation DemKitPost($input: PostDemandInput!) {\n    postDemand(input: $input) { demand { id status version } userErrors { code field message } }\n  }\n": typeof types.DemKitPostDocument,
    "\n  mutation DemKitPlace($input: DemandIdInput!) {\n    placeDemand(input: $input) { demand { id status version } userErrors { code field message } }\n  }\n": typeof types.DemKitPlaceDocument,
    "\n  mutation DemKitOpenList($input: OpenDemandListInput!) {\n    openDemandList(input: $input) { demandList { id status } userErrors { code field message } }\n  }\n": typeof types.DemKitOpenListDocument,
    "\n  mutation DemKitMoveList($input: DemandListStatusInput!, $submit: Boolean!, $publish: Boolean!, $close: Boolean!) {\n    submitDemandList(input: $input) @include(if: $submit) { demandList { id status } userErrors { code } }\n    publishDemandList(input: $input) @include(if: $publish) { demandList { id status } userErrors { code } }\n    closeDemandList(input: $input) @include(if: $close) { demandList { id status } userErrors { code } }\n  }\n": typeof types.DemKitMoveListDocument,
    "\n  query DemKitState($id: ID!) {\n    demand(id: $id) {\n      status version title quantity placedBy placedAt takenByAccount takenAt cancelReason takenBy { id }\n      history { action fromStatus toStatus actor { id role } reason }\n    }\n  }\n": typeof types.DemKitStateDocument,
    "\n  query DemKitListState($id: ID!) {\n    demandList(id: $id) { status submittedAt publishedAt closedAt history { action fromStatus toStatus actor { id role } reason } }\n  }\n": typeof types.DemKitListStateDocument,
    "\n  mutation MatKitRun($input: RunMatchingInput!) {\n    runMatching(input: $input) {\n      run { id kinds demandsServed quantityServed quantityUnmet objective proposedCount supersededCount timeTakenMs\n            fillRateByCommunity { communityId quantity served fillRate } actor { id role } }\n      userErrors { code field message }\n    }\n  }\n": typeof types.MatKitRunDocument,
    "\n  query MatKitMatches($filter: MatchFilter) {\n    matches(filter: $filter, first: 100) {\n      edges { node { id status quantity score explanation atRisk demand { id } resource { id } agreement { id } } }\n    }\n  }\n": typeof types.MatKitMatchesDocument,
    "\n  mutation PrjKitPropose($input: ProposeProjectInput!) {\n    proposeProject(input: $input) { project { id status version } userErrors { code field message } }\n  }\n": typeof types.PrjKitProposeDocument,
    "\n  mutation PrjKitApprove($input: ApproveProjectInput!) {\n    approveProject(input: $input) { project { id status } userErrors { code } }\n  }\n": typeof types.PrjKitApproveDocument,
    "\n  mutation PrjKitAdvance($input: AdvanceProjectInput!) {\n    advanceProject(input: $input) { project { id status } userErrors { code } }\n  }\n": typeof types.PrjKitAdvanceDocument,
    "\n  mutation PrjKitCancel($input: CancelProjectInput!) {\n    cancelProject(input: $input) { project { id status } userErrors { code } }\n  }\n": typeof types.PrjKitCancelDocument,
};
const documents: Documents = {
    "\n  query AgrCountOf($org: ID!) { agreements(filter: { organizationId: $org }) { totalCount } }\n": types.AgrCountOfDocument,
    "\n  mutation AgrDraftsWithdrawResource($input: ResourceStatusInput!) { withdrawResource(input: $input) { resource { id } } }\n": types.AgrDraftsWithdrawResourceDocument,
    "query AgrDraftsNode($id: ID!) { node(id: $id) { id } }": types.AgrDraftsNodeDocument,
    "\n  query AgrSeen($id: ID!, $org: ID!, $resource: ID!) {\n    agreement(id: $id) { id }\n    node(id: $id) { id ... on SharingAgreement { title } }\n    agreements(filter: { organizationId: $org }) { totalCount edges { node { id } } }\n    resource(id: $resource) { agreements { id } }\n  }\n": types.AgrSeenDocument,
    "\n  query AgrList($filter: AgreementFilter, $first: Int, $after: String, $last: Int, $before: String) {\n    agreements(filter: $filter, first: $first, after: $after, last: $last, before: $before) {\n      totalCount\n      edges { cursor node { id status } }\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n    }\n  }\n": types.AgrListDocument,
    "\n  query AgrNested($first: Int!) {\n    agreements(first: $first) {\n      edges {\n        node {\n          id title status startDate signatures { party } organization { name area { name } } area { name parent { name } }\n          items { committedQuantity windows { start end } resource { title } }\n          history { action actor { role } }\n        }\n      }\n    }\n  }\n": types.AgrNestedDocument,
    "\n  query AgrStatistics($street: ID!, $community: ID!) {\n    street: area(id: $street) { agreementStatistics { status count } resourcesCoveredCount }\n    community: area(id: $community) { agreementStatistics { status count } resourcesCoveredCount }\n  }\n": types.AgrStatisticsDocument,
    "\n  query AgrStreetStatistics($first: Int!) {\n    areas(kind: STREET, first: $first) { edges { node { agreementStatistics { status count } resourcesCoveredCount } } }\n  }\n": types.AgrStreetStatisticsDocument,
    "\n  query AgrSubject($id: ID!) {\n    events(filter: { subjectIds: [$id] }, first: 10) { edges { node { type subject { ... on SharingAgreement { id title } } } } }\n  }\n": types.AgrSubjectDocument,
    "\n  query AgrSeedDistrict {\n    district { agreementStatistics { status count } resourcesCoveredCount resourceStatistics { resourceCount } }\n    communities: areas(kind: COMMUNITY, first: 3) { edges { node { id name } } }\n    agreements(filter: { statuses: [ACTIVE] }, first: 3) { edges { node { title terms area { kind } items { committedQuantity } } } }\n  }\n": types.AgrSeedDistrictDocument,
    "\n  query AgrSeedSharedWith($area: ID!) { resources(filter: { sharedWith: $area }) { totalCount } }\n": types.AgrSeedSharedWithDocument,
    "\n  query AgrPublicEvents($id: ID!) { events(filter: { subjectIds: [$id] }, first: 100) { edges { node { type } } } }\n": types.AgrPublicEventsDocument,
    "\n  mutation AgrTransWithdrawResource($input: ResourceStatusInput!) { withdrawResource(input: $input) { resource { id } } }\n": types.AgrTransWithdrawResourceDocument,
    "\n  mutation AreaAdmCreate($input: CreateAreaInput!) {\n    createArea(input: $input) {\n      area { id kind name code gridLevel version retiredAt parent { id } centroid { lat lng } }\n      userErrors { code field message }\n    }\n  }\n": types.AreaAdmCreateDocument,
    "\n  mutation AreaAdmUpdate($input: UpdateAreaInput!) {\n    updateArea(input: $input) {\n      area { id name code version }\n      userErrors { code field message }\n    }\n  }\n": types.AreaAdmUpdateDocument,
    "\n  query AreaAdmRead($id: ID!) {\n    area(id: $id) { id name gridLevel version retiredAt gcj: centroid(system: GCJ02) { lat lng } wgs: centroid { lat lng } }\n  }\n": types.AreaAdmReadDocument,
    "\n  query AreaAdmChildren($id: ID!, $below: ID!) {\n    area(id: $id) { children(first: 100) { edges { node { id } } } }\n    areas(below: $below, first: 100) { edges { node { id } } }\n  }\n": types.AreaAdmChildrenDocument,
    "\n  query AreaAdmEvents($subject: ID!) {\n    events(first: 50, filter: { subjectIds: [$subject] }) { edges { node { type data subject { id } } } }\n  }\n": types.AreaAdmEventsDocument,
    "\n  mutation AreaGeoCreate($input: CreateAreaInput!) {\n    createArea(input: $input) { area { id kind gridLevel boundary } userErrors { code field message } }\n  }\n": types.AreaGeoCreateDocument,
    "\n  mutation AreaGeoUpdate($input: UpdateAreaInput!) {\n    updateArea(input: $input) { area { id version boundary } userErrors { code field message } }\n  }\n": types.AreaGeoUpdateDocument,
    "\n  query AreaGeoBoundary($id: ID!) {\n    area(id: $id) { id version wgs: boundary gcj: boundary(system: GCJ02) bd: boundary(system: BD09) }\n  }\n": types.AreaGeoBoundaryDocument,
    "\n  query AreaGeoAt($point: GeoPointInput!) {\n    areasAt(point: $point) { id kind name }\n  }\n": types.AreaGeoAtDocument,
    "\n  mutation AreaGeoCreateResource($input: CreateResourceInput!) {\n    createResource(input: $input) { resource { id area { id } } userErrors { code field message } }\n  }\n": types.AreaGeoCreateResourceDocument,
    "\n  mutation AreaGeoPostDemand($input: PostDemandInput!) {\n    postDemand(input: $input) { demand { id area { id } } userErrors { code field message } }\n  }\n": types.AreaGeoPostDemandDocument,
    "\n  query AreaGeoChildCount($id: ID!) {\n    area(id: $id) { children(first: 100) { totalCount } }\n  }\n": types.AreaGeoChildCountDocument,
    "\n    mutation AreaGeoMove($input: MoveAreaInput!) {\n      moveArea(input: $input) { area { id parent { id } } userErrors { code field message } }\n    }\n  ": types.AreaGeoMoveDocument,
    "\n    query AreaGeoSeededGrids { areas(kind: GRID, first: 100) { edges { node { id centroid { lat lng } parent { id parent { id } } } } } }\n  ": types.AreaGeoSeededGridsDocument,
    "\n  mutation AreaMvMove($input: MoveAreaInput!) {\n    moveArea(input: $input) {\n      area { id kind gridLevel version parent { id } }\n      userErrors { code field message }\n    }\n  }\n": types.AreaMvMoveDocument,
    "\n  query AreaMvRead($id: ID!) {\n    area(id: $id) { id gridLevel version parent { id } demandStatistics { status kind count quantity } }\n  }\n": types.AreaMvReadDocument,
    "\n  query AreaMvDemand($id: ID!) { demand(id: $id) { id } }\n": types.AreaMvDemandDocument,
    "\n  query AreaMvMatches($area: ID!) {\n    matches(filter: { areaId: $area }, first: 100) {\n      edges { node { id status atRisk demand { id } agreement { id } } }\n    }\n  }\n": types.AreaMvMatchesDocument,
    "\n  mutation AreaMvAccept($input: MatchInput!) {\n    acceptMatch(input: $input) { match { id status } userErrors { code } }\n  }\n": types.AreaMvAcceptDocument,
    "\n  mutation AreaRetCreate($input: CreateAreaInput!) {\n    createArea(input: $input) { area { id version } userErrors { code field message } }\n  }\n": types.AreaRetCreateDocument,
    "\n  mutation AreaRetUpdate($input: UpdateAreaInput!) {\n    updateArea(input: $input) { area { id version } userErrors { code } }\n  }\n": types.AreaRetUpdateDocument,
    "\n  mutation AreaRetRetire($input: RetireAreaInput!) {\n    retireArea(input: $input) {\n      area { id version retiredAt }\n      inUse { kind count }\n      userErrors { code field message }\n    }\n  }\n": types.AreaRetRetireDocument,
    "\n  mutation AreaRetWithdraw($input: ResourceStatusInput!) {\n    withdrawResource(input: $input) { resource { status } userErrors { code } }\n  }\n": types.AreaRetWithdrawDocument,
    "\n  mutation AreaRetCancelDemand($input: CancelDemandInput!) {\n    cancelDemand(input: $input) { demand { status } userErrors { code } }\n  }\n": types.AreaRetCancelDemandDocument,
    "\n  mutation AreaRetRegister($input: RegisterOrganizationInput!) {\n    registerOrganization(input: $input) { organization { id } userErrors { code field } }\n  }\n": types.AreaRetRegisterDocument,
    "\n  mutation AreaRetCreateResource($input: CreateResourceInput!) {\n    createResource(input: $input) { resource { id } userErrors { code field } }\n  }\n": types.AreaRetCreateResourceDocument,
    "\n  mutation AreaRetOpenList($input: OpenDemandListInput!) {\n    openDemandList(input: $input) { demandList { id } userErrors { code field } }\n  }\n": types.AreaRetOpenListDocument,
    "\n  query AreaRetNode($id: ID!) {\n    node(id: $id) { id ... on Area { name retiredAt version } }\n    area(id: $id) { id retiredAt }\n  }\n": types.AreaRetNodeDocument,
    "\n  query AreaRetLists($parent: ID!, $includeRetired: Boolean) {\n    area(id: $parent) {\n      live: children(first: 100) { edges { node { id } } }\n      all: children(first: 100, includeRetired: $includeRetired) { edges { node { id retiredAt } } }\n    }\n    live: areas(below: $parent, first: 100) { edges { node { id } } }\n    all: areas(below: $parent, first: 100, includeRetired: $includeRetired) { edges { node { id } } }\n  }\n": types.AreaRetListsDocument,
    "\n  query AreaRetDistrict { district { id } }\n": types.AreaRetDistrictDocument,
    "\n  query AuthViewer {\n    viewer { isAnonymous accountId role expiresAt capabilities area { id kind } organization { id name } }\n  }\n": types.AuthViewerDocument,
    "query AuthHolidays($from: String!, $to: String!) { holidays(from: $from, to: $to) { date kind name } }": types.AuthHolidaysDocument,
    "\n  mutation AuthSetHolidays($input: SetHolidaysInput!) {\n    setHolidays(input: $input) { holidays { date kind name } userErrors { code field message } }\n  }\n": types.AuthSetHolidaysDocument,
    "\n  query AuthHolidayEvents { events(filter: { types: [HOLIDAYS_SET] }) { edges { node { type subjectId data } } } }\n": types.AuthHolidayEventsDocument,
    "\n  mutation AvailReport($input: ReportAvailabilityInput!) {\n    reportAvailability(input: $input) {\n      observation { id freeCount observedAt source resource { id } }\n      userErrors { code field message }\n    }\n  }\n": types.AvailReportDocument,
    "\n  mutation AvailReportMany($input: ReportAvailabilitiesInput!) {\n    reportAvailabilities(input: $input) {\n      observations { id freeCount observedAt resource { id } }\n      userErrors { code field message }\n    }\n  }\n": types.AvailReportManyDocument,
    "\n  query AvailRead($id: ID!) { resource(id: $id) { id version status latestAvailability { freeCount observedAt } } }\n": types.AvailReadDocument,
    "\n  mutation AvailWithdraw($input: ResourceStatusInput!) { withdrawResource(input: $input) { resource { id } userErrors { code } } }\n": types.AvailWithdrawDocument,
    "\n  query CaseSatisfaction($id: ID!, $period: PeriodInput) {\n    area(id: $id) {\n      caseStatistics(period: $period) {\n        reviewsNeeded explained\n        satisfaction {\n          self { count satisfied basicallySatisfied dissatisfied satisfactionRate }\n          callback { count satisfied basicallySatisfied dissatisfied satisfactionRate }\n          combined { count satisfied basicallySatisfied dissatisfied satisfactionRate }\n        }\n      }\n    }\n  }\n": types.CaseSatisfactionDocument,
    "\n  query OrganizationCaseRecord($id: ID!, $period: PeriodInput) {\n    organization(id: $id) {\n      caseRecord(period: $period) {\n        summoned reportedIn reportedInOnTime declined declinesAccepted done overdueNow medianMinutesToReportIn\n        satisfaction {\n          self { count satisfied basicallySatisfied dissatisfied satisfactionRate }\n          callback { count satisfied basicallySatisfied dissatisfied satisfactionRate }\n          combined { count satisfied basicallySatisfied dissatisfied satisfactionRate }\n        }\n      }\n    }\n  }\n": types.OrganizationCaseRecordDocument,
    "\n  query OrganizationCaseRecords($a: ID!, $b: ID!, $c: ID!, $period: PeriodInput) {\n    a: organization(id: $a) { caseRecord(period: $period) { summoned satisfaction { combined { count } } } }\n    b: organization(id: $b) { caseRecord(period: $period) { summoned satisfaction { combined { count } } } }\n    c: organization(id: $c) { caseRecord(period: $period) { summoned satisfaction { combined { count } } } }\n  }\n": types.OrganizationCaseRecordsDocument,
    "\n  query CaseStats($id: ID!, $period: PeriodInput) {\n    area(id: $id) {\n      caseStatistics(period: $period) {\n        reported byStatus { status count } byCategory { category count } byLevel { level count }\n        whistles summonses organizationsSummoned reportInsDue reportInsOnTime reportInOnTimeRate\n        completionsDue completionsOnTime completedOnTimeRate medianMinutesToReportIn medianMinutesToClose\n        overdueNow summonsesOverdueNow\n        byOrganization { organization { id } summoned reportedIn reportedInOnTime declined declinesAccepted done overdueNow medianMinutesToReportIn }\n      }\n    }\n  }\n": types.CaseStatsDocument,
    "\n  mutation CoordCreate($input: CreateResourceInput!) {\n    createResource(input: $input) { resource { id } userErrors { code field message } }\n  }\n": types.CoordCreateDocument,
    "\n  mutation CoordPublish($input: ResourceStatusInput!) {\n    publishResource(input: $input) { resource { id } userErrors { code } }\n  }\n": types.CoordPublishDocument,
    "\n  query CoordList($org: ID!, $system: CoordinateSystem!) {\n    resources(filter: { organizationId: $org }, first: 10) {\n      edges { node { id title location(system: $system) { lat lng system } } }\n    }\n  }\n": types.CoordListDocument,
    "\n  query CoordById($id: ID!, $system: CoordinateSystem!) {\n    resource(id: $id) { location(system: $system) { lat lng system } }\n    node(id: $id) { ... on Resource { location(system: $system) { lat lng system } } }\n  }\n": types.CoordByIdDocument,
    "\n  query CoordAliases($org: ID!, $id: ID!) {\n    resources(filter: { organizationId: $org }, first: 10) {\n      edges {\n        node {\n          id\n          gcj: location(system: GCJ02) { lat lng system }\n          plain: location { lat lng system }\n          bd: location(system: BD09) { lat lng system }\n          wgs: location(system: WGS84) { lat lng }\n        }\n      }\n    }\n    resource(id: $id) {\n      gcj: location(system: GCJ02) { lat lng system }\n      plain: location { lat lng system }\n    }\n  }\n": types.CoordAliasesDocument,
    "\n  query CoordNested($org: ID!, $id: ID!) {\n    resources(filter: { organizationId: $org }, first: 10) {\n      edges {\n        node {\n          organization { location(system: BD09) { lat lng system } plain: location { lat lng } }\n          area { centroid(system: GCJ02) { lat lng system } parent { centroid(system: BD09) { lat lng system } } }\n        }\n      }\n    }\n    node(id: $id) {\n      ... on Resource {\n        organization { location(system: BD09) { lat lng system } }\n        area { centroid(system: GCJ02) { lat lng system } }\n      }\n    }\n  }\n": types.CoordNestedDocument,
    "\n  query CoordNear($near: NearInput!) {\n    resources(filter: { near: $near }, first: 50) {\n      edges { distanceMeters node { id location(system: GCJ02) { lat lng system } } }\n    }\n  }\n": types.CoordNearDocument,
    "\n  query CoordDemand($id: ID!) {\n    demand(id: $id) { gcj: location(system: GCJ02) { lat lng system } plain: location { lat lng system } }\n  }\n": types.CoordDemandDocument,
    "\n  mutation CoordReport($input: ReportAvailabilityInput!) {\n    reportAvailability(input: $input) { observation { id } userErrors { code } }\n  }\n": types.CoordReportDocument,
    "\n  query DemEventsLog($after: String) {\n    events(after: $after, first: 500) { edges { node { cursor type actor { id role } data subject { __typename } } } }\n  }\n": types.DemEventsLogDocument,
    "\n  mutation DemEventsRegister($input: RegisterOrganizationInput!) { registerOrganization(input: $input) { organization { id } userErrors { code } } }\n": types.DemEventsRegisterDocument,
    "mutation DemAuthPost($input: PostDemandInput!) { postDemand(input: $input) { demand { id } userErrors { code } } }": types.DemAuthPostDocument,
    "mutation DemAuthUpdate($input: UpdateDemandInput!) { updateDemand(input: $input) { demand { id } userErrors { code } } }": types.DemAuthUpdateDocument,
    "mutation DemAuthPlace($input: DemandIdInput!) { placeDemand(input: $input) { demand { id } userErrors { code } } }": types.DemAuthPlaceDocument,
    "mutation DemAuthTake($input: TakeDemandInput!) { takeDemand(input: $input) { demand { id } userErrors { code } } }": types.DemAuthTakeDocument,
    "mutation DemAuthCancel($input: CancelDemandInput!) { cancelDemand(input: $input) { demand { id } userErrors { code } } }": types.DemAuthCancelDocument,
    "mutation DemAuthOpen($input: OpenDemandListInput!) { openDemandList(input: $input) { demandList { id } userErrors { code } } }": types.DemAuthOpenDocument,
    "mutation DemAuthSubmit($input: DemandListStatusInput!) { submitDemandList(input: $input) { demandList { id } userErrors { code } } }": types.DemAuthSubmitDocument,
    "mutation DemAuthPublish($input: DemandListStatusInput!) { publishDemandList(input: $input) { demandList { id } userErrors { code } } }": types.DemAuthPublishDocument,
    "mutation DemAuthClose($input: DemandListStatusInput!) { closeDemandList(input: $input) { demandList { id } userErrors { code } } }": types.DemAuthCloseDocument,
    "query DemAuthCount($area: ID!) { demands(filter: { areaId: $area }) { totalCount } demandLists(filter: { areaId: $area }) { totalCount } }": types.DemAuthCountDocument,
    "\n  mutation DemPlace($input: DemandIdInput!) {\n    placeDemand(input: $input) { demand { id status placedBy placedAt } userErrors { code field message } }\n  }\n": types.DemPlaceDocument,
    "\n  mutation DemTake($input: TakeDemandInput!) {\n    takeDemand(input: $input) {\n      demand { id status takenBy { id } takenByAccount takenAt description location { lat lng } }\n      userErrors { code field message }\n    }\n  }\n": types.DemTakeDocument,
    "\n  mutation DemCancel($input: CancelDemandInput!) {\n    cancelDemand(input: $input) { demand { id status cancelReason } userErrors { code field message } }\n  }\n": types.DemCancelDocument,
    "\n  mutation DemFlowUpdate($input: UpdateDemandInput!) {\n    updateDemand(input: $input) { demand { id } userErrors { code field } }\n  }\n": types.DemFlowUpdateDocument,
    "\n  mutation DemPlaceVersion($input: DemandIdInput!) {\n    placeDemand(input: $input) { demand { id status version } userErrors { code field message } }\n  }\n": types.DemPlaceVersionDocument,
    "\n  mutation DemUpdatePlaceCancel($update: UpdateDemandInput!, $place: DemandIdInput!, $cancel: CancelDemandInput!) {\n    updateDemand(input: $update) { demand { version } userErrors { code } }\n    placeDemand(input: $place) { demand { status version } userErrors { code } }\n    cancelDemand(input: $cancel) { demand { status version } userErrors { code } }\n  }\n": types.DemUpdatePlaceCancelDocument,
    "\n  mutation DemListOpen($input: OpenDemandListInput!) {\n    openDemandList(input: $input) {\n      demandList { id title status periodStart periodEnd area { id } history { action fromStatus toStatus actor { id role } } }\n      userErrors { code field message }\n    }\n  }\n": types.DemListOpenDocument,
    "\n  mutation DemListSubmit($input: DemandListStatusInput!) {\n    submitDemandList(input: $input) { demandList { id status submittedAt } userErrors { code field message } }\n  }\n": types.DemListSubmitDocument,
    "\n  mutation DemListPublish($input: DemandListStatusInput!) {\n    publishDemandList(input: $input) { demandList { id status publishedAt } userErrors { code field message } }\n  }\n": types.DemListPublishDocument,
    "\n  mutation DemListClose($input: DemandListStatusInput!) {\n    closeDemandList(input: $input) { demandList { id status closedAt } userErrors { code field message } }\n  }\n": types.DemListCloseDocument,
    "query DemListsOf($area: ID!) { demandLists(filter: { areaId: $area }) { totalCount } }": types.DemListsOfDocument,
    "\n  query DemSeen($id: ID!, $area: ID!, $list: ID!) {\n    demand(id: $id) { id description orderedBy location { lat lng } }\n    node(id: $id) { id ... on Demand { description } }\n    nodes(ids: [$id]) { id }\n    demands(filter: { areaId: $area }) { totalCount edges { node { id description } } }\n    demandList(id: $list) { id demands { totalCount edges { node { id description } } } }\n    events(filter: { subjectIds: [$id] }) { edges { node { type subject { id } } } }\n    demandEvents: events(filter: { types: [DEMAND_POSTED, DEMAND_PLACED, DEMAND_TAKEN, DEMAND_UPDATED, DEMAND_CANCELLED, DEMAND_EXPIRED] }) {\n      edges { node { subjectId } }\n    }\n    area(id: $area) { demandStatistics { status kind count quantity } }\n  }\n": types.DemSeenDocument,
    "\n  mutation DemPrivacyTake($input: TakeDemandInput!) { takeDemand(input: $input) { demand { id } userErrors { code } } }\n": types.DemPrivacyTakeDocument,
    "\n  mutation DemPrivacyPlace($input: DemandIdInput!) { placeDemand(input: $input) { demand { id description } userErrors { code } } }\n": types.DemPrivacyPlaceDocument,
    "\n  mutation DemPrivacyUpdate($input: UpdateDemandInput!) { updateDemand(input: $input) { demand { id description } userErrors { code } } }\n": types.DemPrivacyUpdateDocument,
    "\n  query DemPrivacyLists($id: ID!, $area: ID!) {\n    demandList(id: $id) { id }\n    node(id: $id) { id }\n    demandLists(filter: { areaId: $area }) { edges { node { id } } }\n  }\n": types.DemPrivacyListsDocument,
    "\n  query DemSearch($filter: DemandFilter, $first: Int, $after: String, $last: Int, $before: String) {\n    demands(filter: $filter, first: $first, after: $after, last: $last, before: $before) {\n      totalCount\n      edges { cursor node { id title } }\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n    }\n  }\n": types.DemSearchDocument,
    "\n  query DemPage($first: Int!, $history: Boolean!) {\n    demands(first: $first) {\n      edges {\n        node {\n          id title status kinds quantity windows { days start end } location { lat lng } endDate\n          area { id name parent { id kind } } takenBy { id name area { name } } demandList { id }\n          history @include(if: $history) { action }\n        }\n      }\n    }\n  }\n": types.DemPageDocument,
    "\n  query DemStats($community: ID!, $list: ID!) {\n    area(id: $community) { demandStatistics { status kind count quantity } }\n    district { demandStatistics { status kind count quantity } }\n    areas(kind: GRID, first: 50) { edges { node { id demandStatistics { status kind count } } } }\n    demandList(id: $list) { demandStatistics { status kind count quantity } }\n  }\n": types.DemStatsDocument,
    "\n  query DemGridStats($first: Int!) { areas(kind: GRID, first: $first) { edges { node { id demandStatistics { status kind count } } } } }\n": types.DemGridStatsDocument,
    "\n  query DemLists($filter: DemandListFilter) { demandLists(filter: $filter, first: 50) { totalCount edges { node { id status area { id } } } } }\n": types.DemListsDocument,
    "\n  query DemSeedFigures {\n    district { demandStatistics { status kind count quantity } }\n    demands(first: 3, filter: { fulfilment: RESOURCE }) { totalCount edges { node { title description status demandList { status } history { action } } } }\n    published: demandLists(filter: { statuses: [PUBLISHED] }) { totalCount }\n    lists: demandLists { totalCount }\n  }\n": types.DemSeedFiguresDocument,
    "\n  query DemTimeRead($id: ID!, $area: ID!) {\n    demand(id: $id) { status version history { action fromStatus toStatus actor { id role } } }\n    placed: demands(filter: { areaId: $area, statuses: [PLACED] }) { totalCount }\n    expired: demands(filter: { areaId: $area, statuses: [EXPIRED] }) { totalCount edges { node { id } } }\n    area(id: $area) { demandStatistics { status kind count } }\n  }\n": types.DemTimeReadDocument,
    "\n  query DemTimeEvents($id: ID!) {\n    events(filter: { subjectIds: [$id] }) { edges { node { type occurredAt actor { id role } data } } }\n  }\n": types.DemTimeEventsDocument,
    "\n  mutation DemPost($input: PostDemandInput!) {\n    postDemand(input: $input) {\n      demand {\n        id status version title description kinds quantity acceptedQuantity startDate endDate radiusMeters audience urgency\n        channel orderedAt orderedBy recordedBy placedBy takenBy { id } location { lat lng } area { id } demandList { id }\n        windows { days dayType start end }\n        history { action fromStatus toStatus actor { id role } }\n      }\n      userErrors { code field message }\n    }\n  }\n": types.DemPostDocument,
    "\n  mutation DemUpdate($input: UpdateDemandInput!) {\n    updateDemand(input: $input) { demand { id version title quantity endDate status } userErrors { code field message } }\n  }\n": types.DemUpdateDocument,
    "query DemCountIn($area: ID!) { demands(filter: { areaId: $area }) { totalCount } }": types.DemCountInDocument,
    "\n  mutation PurgeReport($input: ReportAvailabilityInput!) {\n    reportAvailability(input: $input) { observation { id } userErrors { code } }\n  }\n": types.PurgeReportDocument,
    "\n  query PurgeEvents($after: String, $types: [EventType!]) {\n    events(after: $after, filter: { types: $types }, first: 500) { edges { node { cursor type data } } pageInfo { endCursor } }\n  }\n": types.PurgeEventsDocument,
    "\n  query EvtRead($after: String, $first: Int!, $filter: EventFilter) {\n    events(after: $after, first: $first, filter: $filter) {\n      edges { cursor node { cursor type subjectId actor { id role } data subject { id ... on Organization { name } } } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.EvtReadDocument,
    "\n  mutation EvtRegister($input: RegisterOrganizationInput!) {\n    registerOrganization(input: $input) { organization { id } userErrors { code } }\n  }\n": types.EvtRegisterDocument,
    "\n  query HsdsResources($after: String) {\n    resources(first: 100, after: $after) {\n      edges {\n        node {\n          id title description address audiences\n          location { lat lng }\n          windows { days dayType start end }\n          organization { id }\n        }\n      }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.HsdsResourcesDocument,
    "\n  query HsdsOrganizations($after: String) {\n    organizations(first: 100, after: $after, kinds: [AGENCY, SCHOOL, HOSPITAL, COMPANY, SOCIAL_ORGANIZATION]) {\n      edges { node { id name description } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.HsdsOrganizationsDocument,
    "\n  mutation HsdsRegisterOrganization($input: RegisterOrganizationInput!) {\n    registerOrganization(input: $input) { organization { id } userErrors { code } }\n  }\n": types.HsdsRegisterOrganizationDocument,
    "\n  query HttpTooDeep {\n    district {\n      children { edges { node { children { edges { node { parent { parent { parent { parent { parent { id } } } } } } } } } } }\n    }\n  }\n": types.HttpTooDeepDocument,
    "\n  query HttpTooCostly {\n    areas(first: 100) { edges { node { children(first: 100) { edges { node { children(first: 100) { totalCount } } } } } } }\n  }\n": types.HttpTooCostlyDocument,
    "\n  query HttpTooCostlyByVariables($n: Int) {\n    areas(first: $n) { edges { node { children(first: $n) { edges { node { children(first: $n) { totalCount } } } } } } }\n  }\n": types.HttpTooCostlyByVariablesDocument,
    "\n  query HttpAreasPage($first: Int, $last: Int, $after: String) {\n    areas(first: $first, last: $last, after: $after) { totalCount edges { cursor node { id } } }\n  }\n": types.HttpAreasPageDocument,
    "query HttpOrganizationCursor { organizations(first: 1) { edges { cursor } } }": types.HttpOrganizationCursorDocument,
    "query HttpAreaById($id: ID!) { area(id: $id) { id name } }": types.HttpAreaByIdDocument,
    "query HttpNodeById($id: ID!) { node(id: $id) { id } }": types.HttpNodeByIdDocument,
    "query HttpNodesByIds($ids: [ID!]!) { nodes(ids: $ids) { id } }": types.HttpNodesByIdsDocument,
    "\n  mutation ImportsCreateArea($input: CreateAreaInput!) {\n    createArea(input: $input) { area { id } userErrors { code } }\n  }\n": types.ImportsCreateAreaDocument,
    "\n  mutation ImportsImportUnits($input: ImportUnitsInput!) {\n    importUnits(input: $input) {\n      importRun { id status rowCount problemCount unitsCreated resourcesCreated resourcesUpdated resourcesUnchanged appliedAt problems { row column code } }\n      userErrors { code field }\n    }\n  }\n": types.ImportsImportUnitsDocument,
    "\n  query ImportsResourceKey($id: ID!) {\n    resource(id: $id) { title externalKey }\n  }\n": types.ImportsResourceKeyDocument,
    "\n  query ImportsImportRun($id: ID!) {\n    importRun(id: $id) { id status fileName format encoding rowCount }\n  }\n": types.ImportsImportRunDocument,
    "\n  mutation MatXAccept($input: MatchInput!) {\n    acceptMatch(input: $input) { match { id status } userErrors { code field message } }\n  }\n": types.MatXAcceptDocument,
    "\n  query MatXMatch($id: ID!) {\n    node(id: $id) { ... on Match { id status atRisk quantity history { action fromStatus toStatus reason } } }\n  }\n": types.MatXMatchDocument,
    "\n  mutation MatXCancelDemand($input: CancelDemandInput!) {\n    cancelDemand(input: $input) { demand { id status } userErrors { code field message } }\n  }\n": types.MatXCancelDemandDocument,
    "\n  mutation MatXCreateResource($input: CreateResourceInput!) {\n    createResource(input: $input) { resource { id } userErrors { code field message } }\n  }\n": types.MatXCreateResourceDocument,
    "\n  mutation MatXPublishResource($input: ResourceStatusInput!) {\n    publishResource(input: $input) { resource { id status } userErrors { code } }\n  }\n": types.MatXPublishResourceDocument,
    "\n  query MatXSuggestions($id: ID!, $first: Int) {\n    demand(id: $id) { id suggestions(first: $first) { distanceMeters resource { id accessMode } } }\n  }\n": types.MatXSuggestionsDocument,
    "\n  query MatXSuggestionsDefault($id: ID!) {\n    demand(id: $id) { suggestions { distanceMeters resource { id } } }\n  }\n": types.MatXSuggestionsDefaultDocument,
    "\n  mutation MatAccept($input: MatchInput!) {\n    acceptMatch(input: $input) { match { id status quantity history { action fromStatus toStatus reason actor { role } } } userErrors { code field message } }\n  }\n": types.MatAcceptDocument,
    "\n  mutation MatDecline($input: MatchReasonInput!) {\n    declineMatch(input: $input) { match { id status } userErrors { code field message } }\n  }\n": types.MatDeclineDocument,
    "\n  mutation MatCancel($input: MatchReasonInput!) {\n    cancelMatch(input: $input) { match { id status history { action reason } } userErrors { code field message } }\n  }\n": types.MatCancelDocument,
    "\n  mutation MatFulfil($input: MatchInput!) {\n    fulfilMatch(input: $input) { match { id status } userErrors { code field message } }\n  }\n": types.MatFulfilDocument,
    "\n  query MatState($demand: ID!, $resource: ID!) {\n    demand(id: $demand) { status matches { id status quantity } }\n    resource(id: $resource) { matches { id status } }\n  }\n": types.MatStateDocument,
    "\n  query MatInbox($org: ID!, $statuses: [MatchStatus!]) {\n    matches(filter: { organizationId: $org, statuses: $statuses }, first: 100) { edges { node { id status } } }\n  }\n": types.MatInboxDocument,
    "\n  query MatNode($id: ID!) { node(id: $id) { id ... on Match { status quantity } } }\n": types.MatNodeDocument,
    "\n  query MatEvents($id: ID!) { events(filter: { subjectIds: [$id] }, first: 10) { edges { node { type subject { id } } } } }\n": types.MatEventsDocument,
    "\n  query MatInboxDeep($org: ID!) {\n    matches(filter: { organizationId: $org }, first: 100) {\n      edges { node { id status demand { id title } resource { id title } history { action } } }\n    }\n  }\n": types.MatInboxDeepDocument,
    "\n  mutation MatRulesDecline($input: MatchReasonInput!) {\n    declineMatch(input: $input) { match { id status } userErrors { code field message } }\n  }\n": types.MatRulesDeclineDocument,
    "\n  query MatRulesRuns($areaId: ID) { matchRuns(areaId: $areaId, first: 10) { edges { node { id proposedCount area { id } } } } }\n": types.MatRulesRunsDocument,
    "\n  query MatRulesUnitSees($id: ID!) { demand(id: $id) { id description matches { id status } } }\n": types.MatRulesUnitSeesDocument,
    "\n  query BoardScale($filter: OpenOrderFilter, $first: Int) {\n    openOrders(filter: $filter, first: $first) {\n      edges {\n        cursor\n        node {\n          demandId title serviceKinds urgency audience quantity stillNeeded startDate endDate placedAt takeDeadline isOverdue\n          windows { days start end }\n          location { lat lng system }\n          gcj: location(system: GCJ02) { lat lng }\n          community { id name kind code gridLevel centroid { lat lng } parent { id name parent { id } } }\n          grid { id name kind gridLevel centroid { lat lng } parent { id name } }\n        }\n      }\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n    }\n  }\n": types.BoardScaleDocument,
    "\n  query BoardCards($filter: OpenOrderFilter, $first: Int, $after: String) {\n    openOrders(filter: $filter, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          demandId title serviceKinds urgency audience quantity stillNeeded startDate endDate placedAt takeDeadline isOverdue\n          windows { days start end }\n          community { id name } grid { id name }\n          location { lat lng system }\n        }\n      }\n      pageInfo { hasNextPage hasPreviousPage endCursor }\n    }\n  }\n": types.BoardCardsDocument,
    "\n  mutation BoardCreateTeam($input: CreateVolunteerTeamInput!) { createVolunteerTeam(input: $input) { team { id } userErrors { code message } } }\n": types.BoardCreateTeamDocument,
    "\n  mutation RegisterOrg($input: RegisterOrganizationInput!) {\n    registerOrganization(input: $input) {\n      organization { id name kind version address contactName contactPhone location { lat lng } area { id name } }\n      userErrors { code field message }\n    }\n  }\n": types.RegisterOrgDocument,
    "\n  mutation UpdateOrg($input: UpdateOrganizationInput!) {\n    updateOrganization(input: $input) {\n      organization { id name version description }\n      userErrors { code field message }\n    }\n  }\n": types.UpdateOrgDocument,
    "\n  query ReadOrg($id: ID!) {\n    organization(id: $id) { id name version contactName contactPhone }\n  }\n": types.ReadOrgDocument,
    "query OrgCount { organizations { totalCount } }": types.OrgCountDocument,
    "\n  query OrgKinds($kinds: [OrganizationKind!], $below: ID) {\n    organizations(first: 100, kinds: $kinds, below: $below) { totalCount edges { node { id name kind } } }\n  }\n": types.OrgKindsDocument,
    "\n  query PtsOrderStats($id: ID!, $period: PeriodInput!) {\n    area(id: $id) {\n      orderStatistics(period: $period) { placed taken served confirmed medianMinutesToTake medianMinutesToServe minutesServed pointsAwarded }\n    }\n  }\n": types.PtsOrderStatsDocument,
    "\n  query PtsRanking($id: ID!, $period: PeriodInput!, $first: Int) {\n    area(id: $id) { volunteerRanking(period: $period, first: $first) { rank points minutes volunteerName volunteer { id } } }\n  }\n": types.PtsRankingDocument,
    "\n  mutation PtsSetRule($input: SetPointsRuleInput!) {\n    setPointsRule(input: $input) { pointsRule { pointsPerHour isDefault setAt version } userErrors { code field message } }\n  }\n": types.PtsSetRuleDocument,
    "\n  query PtsRule($id: ID!) { area(id: $id) { pointsRule { pointsPerHour isDefault setAt version } } }\n": types.PtsRuleDocument,
    "\n  mutation PtsAdjust($input: AdjustPointsInput!) {\n    adjustPoints(input: $input) {\n      entry { kind points minutes reason at actor { id role } area { id } demand { id } }\n      volunteer { id points }\n      userErrors { code field message }\n    }\n  }\n": types.PtsAdjustDocument,
    "\n  query PtsLedger($id: ID!, $first: Int, $after: String) {\n    pointsLedger(volunteerId: $id, first: $first, after: $after) {\n      edges { cursor node { kind points minutes reason actor { id role } } }\n      pageInfo { hasNextPage endCursor }\n      totalCount\n    }\n  }\n": types.PtsLedgerDocument,
    "\n  query PtsLedgerDemands($id: ID!) { pointsLedger(volunteerId: $id) { edges { node { kind points area { id } demand { id } } } } }\n": types.PtsLedgerDemandsDocument,
    "query PtsBalance($id: ID!) { volunteer(id: $id) { id points } }": types.PtsBalanceDocument,
    "\n  query PtsEvents($types: [EventType!]) { events(filter: { types: $types }, first: 500) { edges { node { type subjectId data actor { role } } } } }\n": types.PtsEventsDocument,
    "\n  mutation PrjMoveAdvance($input: AdvanceProjectInput!) {\n    advanceProject(input: $input) { project { id status evaluation evaluationScore version } userErrors { code field message } }\n  }\n": types.PrjMoveAdvanceDocument,
    "\n  mutation PrjMoveCancel($input: CancelProjectInput!) {\n    cancelProject(input: $input) { project { id status version } userErrors { code field message } }\n  }\n": types.PrjMoveCancelDocument,
    "\n  query PrjMoveRead($id: ID!) {\n    project(id: $id) { id status version evaluation evaluationScore history { action from to actor { role } reason } }\n  }\n": types.PrjMoveReadDocument,
    "\n  mutation PrjLinkDemands($input: LinkDemandsToProjectInput!) {\n    linkDemandsToProject(input: $input) { project { id version demandCount } userErrors { code field message } }\n  }\n": types.PrjLinkDemandsDocument,
    "\n  mutation PrjLinkResources($input: LinkResourcesToProjectInput!) {\n    linkResourcesToProject(input: $input) {\n      project { id version resources { id } organizations { id } }\n      userErrors { code field message }\n    }\n  }\n": types.PrjLinkResourcesDocument,
    "\n  mutation PrjAddMilestone($input: AddProjectMilestoneInput!) {\n    addProjectMilestone(input: $input) { project { id milestones { id title dueDate completedAt completedBy } } userErrors { code field message } }\n  }\n": types.PrjAddMilestoneDocument,
    "\n  mutation PrjCompleteMilestone($input: CompleteProjectMilestoneInput!) {\n    completeProjectMilestone(input: $input) { project { id milestones { id completedAt completedBy } } userErrors { code field message } }\n  }\n": types.PrjCompleteMilestoneDocument,
    "\n  mutation PrjAddNote($input: AddProjectNoteInput!) {\n    addProjectNote(input: $input) { project { id notes { text author { role } createdAt } } userErrors { code field message } }\n  }\n": types.PrjAddNoteDocument,
    "\n  query PrjPartsRead($id: ID!) {\n    project(id: $id) {\n      id status version demandCount\n      resources { id } organizations { id }\n      milestones { id completedAt } notes { text }\n      history { action detail }\n    }\n  }\n": types.PrjPartsReadDocument,
    "\n  mutation PrjReadsLink($input: LinkDemandsToProjectInput!) { linkDemandsToProject(input: $input) { userErrors { code } } }\n": types.PrjReadsLinkDocument,
    "\n  query PrjDemands($id: ID!, $area: ID!) {\n    project(id: $id) { demandCount demands { id title description } }\n    node(id: $id) { __typename ... on Project { demandCount demands { id title } } }\n    projects(filter: { areaId: $area }) { edges { node { id demandCount demands { id } } } }\n  }\n": types.PrjDemandsDocument,
    "\n  query PrjList($filter: ProjectFilter, $first: Int, $after: String, $last: Int, $before: String) {\n    projects(filter: $filter, first: $first, after: $after, last: $last, before: $before) {\n      totalCount\n      edges { cursor node { id status title area { name } organization { id } } }\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n    }\n  }\n": types.PrjListDocument,
    "query PrjNode($id: ID!) { node(id: $id) { id ... on Project { title status } } }": types.PrjNodeDocument,
    "query PrjStatistics($id: ID!) { area(id: $id) { projectStatistics { status count } } }": types.PrjStatisticsDocument,
    "\n  query PrjEverything($area: ID!) {\n    projects(filter: { areaId: $area }, first: 50) {\n      edges {\n        node {\n          id title status proposedBy { role }\n          area { name parent { name } } organization { name }\n          organizations { name } resources { title } demandCount demands { title }\n          milestones { title } notes { text } history { action }\n        }\n      }\n    }\n  }\n": types.PrjEverythingDocument,
    "\n  mutation PrjReadsNote($input: AddProjectNoteInput!) { addProjectNote(input: $input) { userErrors { code } } }\n": types.PrjReadsNoteDocument,
    "\n  mutation PrjReadsMilestone($input: AddProjectMilestoneInput!) { addProjectMilestone(input: $input) { userErrors { code } } }\n": types.PrjReadsMilestoneDocument,
    "\n  mutation PrjReadsResources($input: LinkResourcesToProjectInput!) { linkResourcesToProject(input: $input) { userErrors { code } } }\n": types.PrjReadsResourcesDocument,
    "\n  query PrjSeeded {\n    district { projectStatistics { status count } }\n    projects(first: 100) {\n      totalCount\n      edges { node { title status area { kind } organizations { id } resources { kind } milestones { completedAt } notes { text } history { action } demandCount demands { id } } }\n    }\n  }\n": types.PrjSeededDocument,
    "\n  mutation PrjApprove($input: ApproveProjectInput!) {\n    approveProject(input: $input) { project { id status approvedAt version } userErrors { code field message } }\n  }\n": types.PrjApproveDocument,
    "\n  query PrjRead($id: ID!) {\n    project(id: $id) {\n      id status version title approvedAt evaluation\n      proposedBy { id role }\n      area { id }\n      organization { id }\n      organizations { id }\n      history { action from to actor { id role } reason occurredAt }\n    }\n  }\n": types.PrjReadDocument,
    "\n  query PrjPublicEvents($id: ID!) { events(filter: { subjectIds: [$id] }) { edges { node { type } } } }\n": types.PrjPublicEventsDocument,
    "query PrjCount($area: ID!) { projects(filter: { areaId: $area }) { totalCount } }": types.PrjCountDocument,
    "\n  query ReadNested($first: Int!) {\n    resources(first: $first, orderBy: TITLE) {\n      edges {\n        cursor\n        node {\n          id title kind capacity location { lat lng } latestAvailability { freeCount }\n          organization { id name kind area { name } }\n          area { id name parent { id name kind } }\n        }\n      }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.ReadNestedDocument,
    "\n  query ReadById($id: ID!) {\n    resource(id: $id) { id title organization { name } area { name parent { name } } }\n    node(id: $id) { ... on Resource { title organization { name } } }\n  }\n": types.ReadByIdDocument,
    "\n  mutation RtResReport($input: ReportAvailabilityInput!) {\n    reportAvailability(input: $input) { observation { id } userErrors { code } }\n  }\n": types.RtResReportDocument,
    "\n  query RtResDrafted($after: String) {\n    events(after: $after, first: 500, filter: { types: [AGREEMENT_DRAFTED] }) { edges { cursor } }\n  }\n": types.RtResDraftedDocument,
    "\n  mutation RtReport($input: ReportAvailabilityInput!) {\n    reportAvailability(input: $input) { observation { id } userErrors { code } }\n  }\n": types.RtReportDocument,
    "\n  mutation RtReportMany($input: ReportAvailabilitiesInput!) {\n    reportAvailabilities(input: $input) { observations { id } userErrors { code } }\n  }\n": types.RtReportManyDocument,
    "\n  query SearchOpenAt($filter: ResourceFilter) {\n    resources(filter: $filter, first: 100) { edges { node { id } } pageInfo { hasNextPage } }\n  }\n": types.SearchOpenAtDocument,
    "\n  query SearchOpenNow($filter: ResourceFilter, $id: ID!) {\n    resources(filter: $filter, first: 100) { edges { node { id isOpenNow nextOpenAt } } }\n    resource(id: $id) { id isOpenNow nextOpenAt }\n  }\n": types.SearchOpenNowDocument,
    "\n  mutation SearchOpenCreate($input: CreateResourceInput!) {\n    createResource(input: $input) { resource { id } userErrors { code field message } }\n  }\n": types.SearchOpenCreateDocument,
    "\n  mutation SearchOpenPublish($input: ResourceStatusInput!) { publishResource(input: $input) { userErrors { code } } }\n": types.SearchOpenPublishDocument,
    "\n  mutation SearchSetHolidays($input: SetHolidaysInput!) { setHolidays(input: $input) { userErrors { code field message } } }\n": types.SearchSetHolidaysDocument,
    "\n  query SearchPage($filter: ResourceFilter, $orderBy: ResourceOrder, $first: Int, $after: String, $last: Int, $before: String) {\n    resources(filter: $filter, orderBy: $orderBy, first: $first, after: $after, last: $last, before: $before) {\n      totalCount\n      edges { cursor distanceMeters node { id } }\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n    }\n  }\n": types.SearchPageDocument,
    "\n  query SearchOrganizationResources($id: ID!, $after: String) {\n    organization(id: $id) { resources(first: 1, after: $after) { edges { cursor } } }\n  }\n": types.SearchOrganizationResourcesDocument,
    "\n  query SearchFind($filter: ResourceFilter, $orderBy: ResourceOrder, $first: Int, $after: String) {\n    resources(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      edges { distanceMeters node { id title status location { lat lng } } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.SearchFindDocument,
    "\n  query SearchLatest($filter: ResourceFilter) {\n    resources(filter: $filter) { edges { node { id latestAvailability { freeCount observedAt } } } }\n  }\n": types.SearchLatestDocument,
    "\n  mutation SearchCreate($input: CreateResourceInput!) {\n    createResource(input: $input) { resource { id } userErrors { code field message } }\n  }\n": types.SearchCreateDocument,
    "\n  mutation SearchPublish($input: ResourceStatusInput!) { publishResource(input: $input) { resource { status } userErrors { code } } }\n": types.SearchPublishDocument,
    "\n  mutation SearchPause($input: ResourceStatusInput!) { pauseResource(input: $input) { resource { status } userErrors { code } } }\n": types.SearchPauseDocument,
    "\n  mutation SearchReport($input: ReportAvailabilityInput!) { reportAvailability(input: $input) { userErrors { code } } }\n": types.SearchReportDocument,
    "\n  mutation ResCreate($input: CreateResourceInput!) {\n    createResource(input: $input) {\n      resource {\n        id kind status accessMode capacity version audiences publishedAt location { lat lng } area { id } organization { id }\n        windows { days dayType start end }\n      }\n      userErrors { code field message }\n    }\n  }\n": types.ResCreateDocument,
    "\n  mutation ResUpdate($input: UpdateResourceInput!) {\n    updateResource(input: $input) { resource { id version title capacity } userErrors { code field message } }\n  }\n": types.ResUpdateDocument,
    "\n  mutation ResPublish($input: ResourceStatusInput!) {\n    publishResource(input: $input) { resource { id status version publishedAt } userErrors { code field message } }\n  }\n": types.ResPublishDocument,
    "\n  mutation ResPause($input: ResourceStatusInput!) {\n    pauseResource(input: $input) { resource { id status version publishedAt } userErrors { code field message } }\n  }\n": types.ResPauseDocument,
    "\n  mutation ResWithdraw($input: ResourceStatusInput!) {\n    withdrawResource(input: $input) { resource { id status version publishedAt } userErrors { code field message } }\n  }\n": types.ResWithdrawDocument,
    "query ResRead($id: ID!) { resource(id: $id) { id status version title capacity } }": types.ResReadDocument,
    "\n  query ResSeen($id: ID!, $org: ID!) {\n    resource(id: $id) { id }\n    node(id: $id) { id }\n    organization(id: $org) { resources(statuses: [DRAFT]) { totalCount edges { node { id } } } }\n  }\n": types.ResSeenDocument,
    "query ResStamps($id: ID!) { resource(id: $id) { createdAt updatedAt } }": types.ResStampsDocument,
    "query ResCount($org: ID!) { organization(id: $org) { resources { totalCount } } }": types.ResCountDocument,
    "\n  query SeedTree {\n    district { name kind children(first: 10) { totalCount } }\n    streets: areas(kind: STREET) { totalCount }\n    communities: areas(kind: COMMUNITY) { totalCount }\n    grids: areas(kind: GRID) { totalCount }\n    buildings: areas(kind: BUILDING) { totalCount }\n    units: organizations(kinds: [AGENCY, SCHOOL, HOSPITAL, COMPANY, SOCIAL_ORGANIZATION]) { totalCount }\n    departments: organizations(kinds: [DEPARTMENT]) { totalCount }\n    organizations { totalCount }\n  }\n": types.SeedTreeDocument,
    "\n  query SeedStatistics { district { resourceStatistics { kind resourceCount totalCapacity } } }\n": types.SeedStatisticsDocument,
    "\n  query SeedStreetStatistics {\n    district { resourceStatistics { kind resourceCount totalCapacity } }\n    streets: areas(kind: STREET) { edges { node { name resourceStatistics { kind resourceCount totalCapacity } } } }\n  }\n": types.SeedStreetStatisticsDocument,
    "\n  query SeedVolunteerFigures {\n    district {\n      volunteerStatistics {\n        total byStatus { status count } approved partyMembers inService retired reportedByUnits teams unitsReported\n        byEmployer(first: 500) { members }\n      }\n    }\n    streets: areas(kind: STREET) { edges { node { volunteerStatistics { total approved teams } } } }\n  }\n": types.SeedVolunteerFiguresDocument,
    "\n  query SeedHolidays { holidays(from: \"2026-01-01\", to: \"2027-12-31\") { date kind name } }\n": types.SeedHolidaysDocument,
    "\n  query VolStatistics($id: ID!, $first: Int) {\n    area(id: $id) {\n      volunteerStatistics {\n        total byStatus { status count } approved partyMembers inService retired reportedByUnits teams unitsReported\n        byEmployer(first: $first) { organization { id name } members partyMembers }\n      }\n    }\n  }\n": types.VolStatisticsDocument,
    "\n  query VolStreetStatistics {\n    areas(kind: STREET, first: 50) {\n      edges { node { volunteerStatistics { total approved teams unitsReported byEmployer { members organization { name } } } } }\n    }\n  }\n": types.VolStreetStatisticsDocument,
    "query VolStreetsOnly { areas(kind: STREET, first: 50) { edges { node { id } } } }": types.VolStreetsOnlyDocument,
    "\n  mutation AgrCreate($input: CreateAgreementDraftInput!) {\n    createAgreementDraft(input: $input) { agreement { ...AgrFields } userErrors { code field message } }\n  }\n  fragment AgrFields on SharingAgreement {\n    id status recordedStatus version title terms startDate endDate proposedBy proposedAt signedAt\n    signatures { party signedBy }\n    items { committedQuantity resource { id } windows { days dayType start end } }\n  }\n": types.AgrCreateDocument,
    "\n  mutation AgrUpdate($input: UpdateAgreementDraftInput!) {\n    updateAgreementDraft(input: $input) { agreement { ...AgrFields } userErrors { code field message } }\n  }\n": types.AgrUpdateDocument,
    "\n  mutation AgrDiscard($input: AgreementInput!) {\n    discardAgreementDraft(input: $input) { discardedAgreementId userErrors { code field message } }\n  }\n": types.AgrDiscardDocument,
    "\n  mutation AgrPropose($input: AgreementInput!) {\n    proposeAgreement(input: $input) { agreement { ...AgrFields } userErrors { code field message } }\n  }\n": types.AgrProposeDocument,
    "\n  mutation AgrSign($input: AgreementInput!) {\n    signAgreement(input: $input) { agreement { ...AgrFields } userErrors { code field message } }\n  }\n": types.AgrSignDocument,
    "\n  mutation AgrReject($input: AgreementReasonInput!) {\n    rejectAgreement(input: $input) { agreement { ...AgrFields } userErrors { code field message } }\n  }\n": types.AgrRejectDocument,
    "\n  mutation AgrWithdraw($input: AgreementReasonInput!) {\n    withdrawAgreementProposal(input: $input) { agreement { ...AgrFields } userErrors { code field message } }\n  }\n": types.AgrWithdrawDocument,
    "\n  mutation AgrSuspend($input: AgreementReasonInput!) {\n    suspendAgreement(input: $input) { agreement { ...AgrFields } userErrors { code field message } }\n  }\n": types.AgrSuspendDocument,
    "\n  mutation AgrResume($input: AgreementReasonInput!) {\n    resumeAgreement(input: $input) { agreement { ...AgrFields } userErrors { code field message } }\n  }\n": types.AgrResumeDocument,
    "\n  mutation AgrTerminate($input: AgreementReasonInput!) {\n    terminateAgreement(input: $input) { agreement { ...AgrFields } userErrors { code field message } }\n  }\n": types.AgrTerminateDocument,
    "\n  query AgrRead($id: ID!) {\n    agreement(id: $id) {\n      ...AgrFields\n      history { action fromStatus toStatus party actor { id role } reason at }\n    }\n  }\n": types.AgrReadDocument,
    "\n  query AgrSharedWith($area: ID!) { resources(filter: { sharedWith: $area }, first: 100) { edges { node { id } } } }\n": types.AgrSharedWithDocument,
    "\n  mutation KitRegisterOrganization($input: RegisterOrganizationInput!) {\n    registerOrganization(input: $input) { organization { id version } userErrors { code field message } }\n  }\n": types.KitRegisterOrganizationDocument,
    "\n  mutation KitCreateResource($input: CreateResourceInput!) {\n    createResource(input: $input) { resource { id version status } userErrors { code field message } }\n  }\n": types.KitCreateResourceDocument,
    "\n  mutation KitPublishResource($input: ResourceStatusInput!) {\n    publishResource(input: $input) { resource { id version status } userErrors { code } }\n  }\n": types.KitPublishResourceDocument,
    "\n  query KitEventsOf($id: ID!) {\n    events(filter: { subjectIds: [$id] }, first: 500) { edges { node { type data } } }\n  }\n": types.KitEventsOfDocument,
    "\n  mutation DemKitPost($input: PostDemandInput!) {\n    postDemand(input: $input) { demand { id status version } userErrors { code field message } }\n  }\n": types.DemKitPostDocument,
    "\n  mutation DemKitPlace($input: DemandIdInput!) {\n    placeDemand(input: $input) { demand { id status version } userErrors { code field message } }\n  }\n": types.DemKitPlaceDocument,
    "\n  mutation DemKitOpenList($input: OpenDemandListInput!) {\n    openDemandList(input: $input) { demandList { id status } userErrors { code field message } }\n  }\n": types.DemKitOpenListDocument,
    "\n  mutation DemKitMoveList($input: DemandListStatusInput!, $submit: Boolean!, $publish: Boolean!, $close: Boolean!) {\n    submitDemandList(input: $input) @include(if: $submit) { demandList { id status } userErrors { code } }\n    publishDemandList(input: $input) @include(if: $publish) { demandList { id status } userErrors { code } }\n    closeDemandList(input: $input) @include(if: $close) { demandList { id status } userErrors { code } }\n  }\n": types.DemKitMoveListDocument,
    "\n  query DemKitState($id: ID!) {\n    demand(id: $id) {\n      status version title quantity placedBy placedAt takenByAccount takenAt cancelReason takenBy { id }\n      history { action fromStatus toStatus actor { id role } reason }\n    }\n  }\n": types.DemKitStateDocument,
    "\n  query DemKitListState($id: ID!) {\n    demandList(id: $id) { status submittedAt publishedAt closedAt history { action fromStatus toStatus actor { id role } reason } }\n  }\n": types.DemKitListStateDocument,
    "\n  mutation MatKitRun($input: RunMatchingInput!) {\n    runMatching(input: $input) {\n      run { id kinds demandsServed quantityServed quantityUnmet objective proposedCount supersededCount timeTakenMs\n            fillRateByCommunity { communityId quantity served fillRate } actor { id role } }\n      userErrors { code field message }\n    }\n  }\n": types.MatKitRunDocument,
    "\n  query MatKitMatches($filter: MatchFilter) {\n    matches(filter: $filter, first: 100) {\n      edges { node { id status quantity score explanation atRisk demand { id } resource { id } agreement { id } } }\n    }\n  }\n": types.MatKitMatchesDocument,
    "\n  mutation PrjKitPropose($input: ProposeProjectInput!) {\n    proposeProject(input: $input) { project { id status version } userErrors { code field message } }\n  }\n": types.PrjKitProposeDocument,
    "\n  mutation PrjKitApprove($input: ApproveProjectInput!) {\n    approveProject(input: $input) { project { id status } userErrors { code } }\n  }\n": types.PrjKitApproveDocument,
    "\n  mutation PrjKitAdvance($input: AdvanceProjectInput!) {\n    advanceProject(input: $input) { project { id status } userErrors { code } }\n  }\n": types.PrjKitAdvanceDocument,
    "\n  mutation PrjKitCancel($input: CancelProjectInput!) {\n    cancelProject(input: $input) { project { id status } userErrors { code } }\n  }\n": types.PrjKitCancelDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AgrCountOf($org: ID!) { agreements(filter: { organizationId: $org }) { totalCount } }\n"): (typeof documents)["\n  query AgrCountOf($org: ID!) { agreements(filter: { organizationId: $org }) { totalCount } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AgrDraftsWithdrawResource($input: ResourceStatusInput!) { withdrawResource(input: $input) { resource { id } } }\n"): (typeof documents)["\n  mutation AgrDraftsWithdrawResource($input: ResourceStatusInput!) { withdrawResource(input: $input) { resource { id } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AgrDraftsNode($id: ID!) { node(id: $id) { id } }"): (typeof documents)["query AgrDraftsNode($id: ID!) { node(id: $id) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AgrSeen($id: ID!, $org: ID!, $resource: ID!) {\n    agreement(id: $id) { id }\n    node(id: $id) { id ... on SharingAgreement { title } }\n    agreements(filter: { organizationId: $org }) { totalCount edges { node { id } } }\n    resource(id: $resource) { agreements { id } }\n  }\n"): (typeof documents)["\n  query AgrSeen($id: ID!, $org: ID!, $resource: ID!) {\n    agreement(id: $id) { id }\n    node(id: $id) { id ... on SharingAgreement { title } }\n    agreements(filter: { organizationId: $org }) { totalCount edges { node { id } } }\n    resource(id: $resource) { agreements { id } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AgrList($filter: AgreementFilter, $first: Int, $after: String, $last: Int, $before: String) {\n    agreements(filter: $filter, first: $first, after: $after, last: $last, before: $before) {\n      totalCount\n      edges { cursor node { id status } }\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n    }\n  }\n"): (typeof documents)["\n  query AgrList($filter: AgreementFilter, $first: Int, $after: String, $last: Int, $before: String) {\n    agreements(filter: $filter, first: $first, after: $after, last: $last, before: $before) {\n      totalCount\n      edges { cursor node { id status } }\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AgrNested($first: Int!) {\n    agreements(first: $first) {\n      edges {\n        node {\n          id title status startDate signatures { party } organization { name area { name } } area { name parent { name } }\n          items { committedQuantity windows { start end } resource { title } }\n          history { action actor { role } }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AgrNested($first: Int!) {\n    agreements(first: $first) {\n      edges {\n        node {\n          id title status startDate signatures { party } organization { name area { name } } area { name parent { name } }\n          items { committedQuantity windows { start end } resource { title } }\n          history { action actor { role } }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AgrStatistics($street: ID!, $community: ID!) {\n    street: area(id: $street) { agreementStatistics { status count } resourcesCoveredCount }\n    community: area(id: $community) { agreementStatistics { status count } resourcesCoveredCount }\n  }\n"): (typeof documents)["\n  query AgrStatistics($street: ID!, $community: ID!) {\n    street: area(id: $street) { agreementStatistics { status count } resourcesCoveredCount }\n    community: area(id: $community) { agreementStatistics { status count } resourcesCoveredCount }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AgrStreetStatistics($first: Int!) {\n    areas(kind: STREET, first: $first) { edges { node { agreementStatistics { status count } resourcesCoveredCount } } }\n  }\n"): (typeof documents)["\n  query AgrStreetStatistics($first: Int!) {\n    areas(kind: STREET, first: $first) { edges { node { agreementStatistics { status count } resourcesCoveredCount } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AgrSubject($id: ID!) {\n    events(filter: { subjectIds: [$id] }, first: 10) { edges { node { type subject { ... on SharingAgreement { id title } } } } }\n  }\n"): (typeof documents)["\n  query AgrSubject($id: ID!) {\n    events(filter: { subjectIds: [$id] }, first: 10) { edges { node { type subject { ... on SharingAgreement { id title } } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AgrSeedDistrict {\n    district { agreementStatistics { status count } resourcesCoveredCount resourceStatistics { resourceCount } }\n    communities: areas(kind: COMMUNITY, first: 3) { edges { node { id name } } }\n    agreements(filter: { statuses: [ACTIVE] }, first: 3) { edges { node { title terms area { kind } items { committedQuantity } } } }\n  }\n"): (typeof documents)["\n  query AgrSeedDistrict {\n    district { agreementStatistics { status count } resourcesCoveredCount resourceStatistics { resourceCount } }\n    communities: areas(kind: COMMUNITY, first: 3) { edges { node { id name } } }\n    agreements(filter: { statuses: [ACTIVE] }, first: 3) { edges { node { title terms area { kind } items { committedQuantity } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AgrSeedSharedWith($area: ID!) { resources(filter: { sharedWith: $area }) { totalCount } }\n"): (typeof documents)["\n  query AgrSeedSharedWith($area: ID!) { resources(filter: { sharedWith: $area }) { totalCount } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AgrPublicEvents($id: ID!) { events(filter: { subjectIds: [$id] }, first: 100) { edges { node { type } } } }\n"): (typeof documents)["\n  query AgrPublicEvents($id: ID!) { events(filter: { subjectIds: [$id] }, first: 100) { edges { node { type } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AgrTransWithdrawResource($input: ResourceStatusInput!) { withdrawResource(input: $input) { resource { id } } }\n"): (typeof documents)["\n  mutation AgrTransWithdrawResource($input: ResourceStatusInput!) { withdrawResource(input: $input) { resource { id } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AreaAdmCreate($input: CreateAreaInput!) {\n    createArea(input: $input) {\n      area { id kind name code gridLevel version retiredAt parent { id } centroid { lat lng } }\n      userErrors { code field message }\n    }\n  }\n"): (typeof documents)["\n  mutation AreaAdmCreate($input: CreateAreaInput!) {\n    createArea(input: $input) {\n      area { id kind name code gridLevel version retiredAt parent { id } centroid { lat lng } }\n      userErrors { code field message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AreaAdmUpdate($input: UpdateAreaInput!) {\n    updateArea(input: $input) {\n      area { id name code version }\n      userErrors { code field message }\n    }\n  }\n"): (typeof documents)["\n  mutation AreaAdmUpdate($input: UpdateAreaInput!) {\n    updateArea(input: $input) {\n      area { id name code version }\n      userErrors { code field message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AreaAdmRead($id: ID!) {\n    area(id: $id) { id name gridLevel version retiredAt gcj: centroid(system: GCJ02) { lat lng } wgs: centroid { lat lng } }\n  }\n"): (typeof documents)["\n  query AreaAdmRead($id: ID!) {\n    area(id: $id) { id name gridLevel version retiredAt gcj: centroid(system: GCJ02) { lat lng } wgs: centroid { lat lng } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AreaAdmChildren($id: ID!, $below: ID!) {\n    area(id: $id) { children(first: 100) { edges { node { id } } } }\n    areas(below: $below, first: 100) { edges { node { id } } }\n  }\n"): (typeof documents)["\n  query AreaAdmChildren($id: ID!, $below: ID!) {\n    area(id: $id) { children(first: 100) { edges { node { id } } } }\n    areas(below: $below, first: 100) { edges { node { id } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AreaAdmEvents($subject: ID!) {\n    events(first: 50, filter: { subjectIds: [$subject] }) { edges { node { type data subject { id } } } }\n  }\n"): (typeof documents)["\n  query AreaAdmEvents($subject: ID!) {\n    events(first: 50, filter: { subjectIds: [$subject] }) { edges { node { type data subject { id } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AreaGeoCreate($input: CreateAreaInput!) {\n    createArea(input: $input) { area { id kind gridLevel boundary } userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation AreaGeoCreate($input: CreateAreaInput!) {\n    createArea(input: $input) { area { id kind gridLevel boundary } userErrors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AreaGeoUpdate($input: UpdateAreaInput!) {\n    updateArea(input: $input) { area { id version boundary } userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation AreaGeoUpdate($input: UpdateAreaInput!) {\n    updateArea(input: $input) { area { id version boundary } userErrors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AreaGeoBoundary($id: ID!) {\n    area(id: $id) { id version wgs: boundary gcj: boundary(system: GCJ02) bd: boundary(system: BD09) }\n  }\n"): (typeof documents)["\n  query AreaGeoBoundary($id: ID!) {\n    area(id: $id) { id version wgs: boundary gcj: boundary(system: GCJ02) bd: boundary(system: BD09) }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AreaGeoAt($point: GeoPointInput!) {\n    areasAt(point: $point) { id kind name }\n  }\n"): (typeof documents)["\n  query AreaGeoAt($point: GeoPointInput!) {\n    areasAt(point: $point) { id kind name }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AreaGeoCreateResource($input: CreateResourceInput!) {\n    createResource(input: $input) { resource { id area { id } } userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation AreaGeoCreateResource($input: CreateResourceInput!) {\n    createResource(input: $input) { resource { id area { id } } userErrors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AreaGeoPostDemand($input: PostDemandInput!) {\n    postDemand(input: $input) { demand { id area { id } } userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation AreaGeoPostDemand($input: PostDemandInput!) {\n    postDemand(input: $input) { demand { id area { id } } userErrors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AreaGeoChildCount($id: ID!) {\n    area(id: $id) { children(first: 100) { totalCount } }\n  }\n"): (typeof documents)["\n  query AreaGeoChildCount($id: ID!) {\n    area(id: $id) { children(first: 100) { totalCount } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation AreaGeoMove($input: MoveAreaInput!) {\n      moveArea(input: $input) { area { id parent { id } } userErrors { code field message } }\n    }\n  "): (typeof documents)["\n    mutation AreaGeoMove($input: MoveAreaInput!) {\n      moveArea(input: $input) { area { id parent { id } } userErrors { code field message } }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query AreaGeoSeededGrids { areas(kind: GRID, first: 100) { edges { node { id centroid { lat lng } parent { id parent { id } } } } } }\n  "): (typeof documents)["\n    query AreaGeoSeededGrids { areas(kind: GRID, first: 100) { edges { node { id centroid { lat lng } parent { id parent { id } } } } } }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AreaMvMove($input: MoveAreaInput!) {\n    moveArea(input: $input) {\n      area { id kind gridLevel version parent { id } }\n      userErrors { code field message }\n    }\n  }\n"): (typeof documents)["\n  mutation AreaMvMove($input: MoveAreaInput!) {\n    moveArea(input: $input) {\n      area { id kind gridLevel version parent { id } }\n      userErrors { code field message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AreaMvRead($id: ID!) {\n    area(id: $id) { id gridLevel version parent { id } demandStatistics { status kind count quantity } }\n  }\n"): (typeof documents)["\n  query AreaMvRead($id: ID!) {\n    area(id: $id) { id gridLevel version parent { id } demandStatistics { status kind count quantity } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AreaMvDemand($id: ID!) { demand(id: $id) { id } }\n"): (typeof documents)["\n  query AreaMvDemand($id: ID!) { demand(id: $id) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AreaMvMatches($area: ID!) {\n    matches(filter: { areaId: $area }, first: 100) {\n      edges { node { id status atRisk demand { id } agreement { id } } }\n    }\n  }\n"): (typeof documents)["\n  query AreaMvMatches($area: ID!) {\n    matches(filter: { areaId: $area }, first: 100) {\n      edges { node { id status atRisk demand { id } agreement { id } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AreaMvAccept($input: MatchInput!) {\n    acceptMatch(input: $input) { match { id status } userErrors { code } }\n  }\n"): (typeof documents)["\n  mutation AreaMvAccept($input: MatchInput!) {\n    acceptMatch(input: $input) { match { id status } userErrors { code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AreaRetCreate($input: CreateAreaInput!) {\n    createArea(input: $input) { area { id version } userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation AreaRetCreate($input: CreateAreaInput!) {\n    createArea(input: $input) { area { id version } userErrors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AreaRetUpdate($input: UpdateAreaInput!) {\n    updateArea(input: $input) { area { id version } userErrors { code } }\n  }\n"): (typeof documents)["\n  mutation AreaRetUpdate($input: UpdateAreaInput!) {\n    updateArea(input: $input) { area { id version } userErrors { code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AreaRetRetire($input: RetireAreaInput!) {\n    retireArea(input: $input) {\n      area { id version retiredAt }\n      inUse { kind count }\n      userErrors { code field message }\n    }\n  }\n"): (typeof documents)["\n  mutation AreaRetRetire($input: RetireAreaInput!) {\n    retireArea(input: $input) {\n      area { id version retiredAt }\n      inUse { kind count }\n      userErrors { code field message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AreaRetWithdraw($input: ResourceStatusInput!) {\n    withdrawResource(input: $input) { resource { status } userErrors { code } }\n  }\n"): (typeof documents)["\n  mutation AreaRetWithdraw($input: ResourceStatusInput!) {\n    withdrawResource(input: $input) { resource { status } userErrors { code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AreaRetCancelDemand($input: CancelDemandInput!) {\n    cancelDemand(input: $input) { demand { status } userErrors { code } }\n  }\n"): (typeof documents)["\n  mutation AreaRetCancelDemand($input: CancelDemandInput!) {\n    cancelDemand(input: $input) { demand { status } userErrors { code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AreaRetRegister($input: RegisterOrganizationInput!) {\n    registerOrganization(input: $input) { organization { id } userErrors { code field } }\n  }\n"): (typeof documents)["\n  mutation AreaRetRegister($input: RegisterOrganizationInput!) {\n    registerOrganization(input: $input) { organization { id } userErrors { code field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AreaRetCreateResource($input: CreateResourceInput!) {\n    createResource(input: $input) { resource { id } userErrors { code field } }\n  }\n"): (typeof documents)["\n  mutation AreaRetCreateResource($input: CreateResourceInput!) {\n    createResource(input: $input) { resource { id } userErrors { code field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AreaRetOpenList($input: OpenDemandListInput!) {\n    openDemandList(input: $input) { demandList { id } userErrors { code field } }\n  }\n"): (typeof documents)["\n  mutation AreaRetOpenList($input: OpenDemandListInput!) {\n    openDemandList(input: $input) { demandList { id } userErrors { code field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AreaRetNode($id: ID!) {\n    node(id: $id) { id ... on Area { name retiredAt version } }\n    area(id: $id) { id retiredAt }\n  }\n"): (typeof documents)["\n  query AreaRetNode($id: ID!) {\n    node(id: $id) { id ... on Area { name retiredAt version } }\n    area(id: $id) { id retiredAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AreaRetLists($parent: ID!, $includeRetired: Boolean) {\n    area(id: $parent) {\n      live: children(first: 100) { edges { node { id } } }\n      all: children(first: 100, includeRetired: $includeRetired) { edges { node { id retiredAt } } }\n    }\n    live: areas(below: $parent, first: 100) { edges { node { id } } }\n    all: areas(below: $parent, first: 100, includeRetired: $includeRetired) { edges { node { id } } }\n  }\n"): (typeof documents)["\n  query AreaRetLists($parent: ID!, $includeRetired: Boolean) {\n    area(id: $parent) {\n      live: children(first: 100) { edges { node { id } } }\n      all: children(first: 100, includeRetired: $includeRetired) { edges { node { id retiredAt } } }\n    }\n    live: areas(below: $parent, first: 100) { edges { node { id } } }\n    all: areas(below: $parent, first: 100, includeRetired: $includeRetired) { edges { node { id } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AreaRetDistrict { district { id } }\n"): (typeof documents)["\n  query AreaRetDistrict { district { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthViewer {\n    viewer { isAnonymous accountId role expiresAt capabilities area { id kind } organization { id name } }\n  }\n"): (typeof documents)["\n  query AuthViewer {\n    viewer { isAnonymous accountId role expiresAt capabilities area { id kind } organization { id name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthHolidays($from: String!, $to: String!) { holidays(from: $from, to: $to) { date kind name } }"): (typeof documents)["query AuthHolidays($from: String!, $to: String!) { holidays(from: $from, to: $to) { date kind name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthSetHolidays($input: SetHolidaysInput!) {\n    setHolidays(input: $input) { holidays { date kind name } userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation AuthSetHolidays($input: SetHolidaysInput!) {\n    setHolidays(input: $input) { holidays { date kind name } userErrors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthHolidayEvents { events(filter: { types: [HOLIDAYS_SET] }) { edges { node { type subjectId data } } } }\n"): (typeof documents)["\n  query AuthHolidayEvents { events(filter: { types: [HOLIDAYS_SET] }) { edges { node { type subjectId data } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AvailReport($input: ReportAvailabilityInput!) {\n    reportAvailability(input: $input) {\n      observation { id freeCount observedAt source resource { id } }\n      userErrors { code field message }\n    }\n  }\n"): (typeof documents)["\n  mutation AvailReport($input: ReportAvailabilityInput!) {\n    reportAvailability(input: $input) {\n      observation { id freeCount observedAt source resource { id } }\n      userErrors { code field message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AvailReportMany($input: ReportAvailabilitiesInput!) {\n    reportAvailabilities(input: $input) {\n      observations { id freeCount observedAt resource { id } }\n      userErrors { code field message }\n    }\n  }\n"): (typeof documents)["\n  mutation AvailReportMany($input: ReportAvailabilitiesInput!) {\n    reportAvailabilities(input: $input) {\n      observations { id freeCount observedAt resource { id } }\n      userErrors { code field message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AvailRead($id: ID!) { resource(id: $id) { id version status latestAvailability { freeCount observedAt } } }\n"): (typeof documents)["\n  query AvailRead($id: ID!) { resource(id: $id) { id version status latestAvailability { freeCount observedAt } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AvailWithdraw($input: ResourceStatusInput!) { withdrawResource(input: $input) { resource { id } userErrors { code } } }\n"): (typeof documents)["\n  mutation AvailWithdraw($input: ResourceStatusInput!) { withdrawResource(input: $input) { resource { id } userErrors { code } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseSatisfaction($id: ID!, $period: PeriodInput) {\n    area(id: $id) {\n      caseStatistics(period: $period) {\n        reviewsNeeded explained\n        satisfaction {\n          self { count satisfied basicallySatisfied dissatisfied satisfactionRate }\n          callback { count satisfied basicallySatisfied dissatisfied satisfactionRate }\n          combined { count satisfied basicallySatisfied dissatisfied satisfactionRate }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CaseSatisfaction($id: ID!, $period: PeriodInput) {\n    area(id: $id) {\n      caseStatistics(period: $period) {\n        reviewsNeeded explained\n        satisfaction {\n          self { count satisfied basicallySatisfied dissatisfied satisfactionRate }\n          callback { count satisfied basicallySatisfied dissatisfied satisfactionRate }\n          combined { count satisfied basicallySatisfied dissatisfied satisfactionRate }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganizationCaseRecord($id: ID!, $period: PeriodInput) {\n    organization(id: $id) {\n      caseRecord(period: $period) {\n        summoned reportedIn reportedInOnTime declined declinesAccepted done overdueNow medianMinutesToReportIn\n        satisfaction {\n          self { count satisfied basicallySatisfied dissatisfied satisfactionRate }\n          callback { count satisfied basicallySatisfied dissatisfied satisfactionRate }\n          combined { count satisfied basicallySatisfied dissatisfied satisfactionRate }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrganizationCaseRecord($id: ID!, $period: PeriodInput) {\n    organization(id: $id) {\n      caseRecord(period: $period) {\n        summoned reportedIn reportedInOnTime declined declinesAccepted done overdueNow medianMinutesToReportIn\n        satisfaction {\n          self { count satisfied basicallySatisfied dissatisfied satisfactionRate }\n          callback { count satisfied basicallySatisfied dissatisfied satisfactionRate }\n          combined { count satisfied basicallySatisfied dissatisfied satisfactionRate }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganizationCaseRecords($a: ID!, $b: ID!, $c: ID!, $period: PeriodInput) {\n    a: organization(id: $a) { caseRecord(period: $period) { summoned satisfaction { combined { count } } } }\n    b: organization(id: $b) { caseRecord(period: $period) { summoned satisfaction { combined { count } } } }\n    c: organization(id: $c) { caseRecord(period: $period) { summoned satisfaction { combined { count } } } }\n  }\n"): (typeof documents)["\n  query OrganizationCaseRecords($a: ID!, $b: ID!, $c: ID!, $period: PeriodInput) {\n    a: organization(id: $a) { caseRecord(period: $period) { summoned satisfaction { combined { count } } } }\n    b: organization(id: $b) { caseRecord(period: $period) { summoned satisfaction { combined { count } } } }\n    c: organization(id: $c) { caseRecord(period: $period) { summoned satisfaction { combined { count } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseStats($id: ID!, $period: PeriodInput) {\n    area(id: $id) {\n      caseStatistics(period: $period) {\n        reported byStatus { status count } byCategory { category count } byLevel { level count }\n        whistles summonses organizationsSummoned reportInsDue reportInsOnTime reportInOnTimeRate\n        completionsDue completionsOnTime completedOnTimeRate medianMinutesToReportIn medianMinutesToClose\n        overdueNow summonsesOverdueNow\n        byOrganization { organization { id } summoned reportedIn reportedInOnTime declined declinesAccepted done overdueNow medianMinutesToReportIn }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CaseStats($id: ID!, $period: PeriodInput) {\n    area(id: $id) {\n      caseStatistics(period: $period) {\n        reported byStatus { status count } byCategory { category count } byLevel { level count }\n        whistles summonses organizationsSummoned reportInsDue reportInsOnTime reportInOnTimeRate\n        completionsDue completionsOnTime completedOnTimeRate medianMinutesToReportIn medianMinutesToClose\n        overdueNow summonsesOverdueNow\n        byOrganization { organization { id } summoned reportedIn reportedInOnTime declined declinesAccepted done overdueNow medianMinutesToReportIn }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CoordCreate($input: CreateResourceInput!) {\n    createResource(input: $input) { resource { id } userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation CoordCreate($input: CreateResourceInput!) {\n    createResource(input: $input) { resource { id } userErrors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CoordPublish($input: ResourceStatusInput!) {\n    publishResource(input: $input) { resource { id } userErrors { code } }\n  }\n"): (typeof documents)["\n  mutation CoordPublish($input: ResourceStatusInput!) {\n    publishResource(input: $input) { resource { id } userErrors { code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CoordList($org: ID!, $system: CoordinateSystem!) {\n    resources(filter: { organizationId: $org }, first: 10) {\n      edges { node { id title location(system: $system) { lat lng system } } }\n    }\n  }\n"): (typeof documents)["\n  query CoordList($org: ID!, $system: CoordinateSystem!) {\n    resources(filter: { organizationId: $org }, first: 10) {\n      edges { node { id title location(system: $system) { lat lng system } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CoordById($id: ID!, $system: CoordinateSystem!) {\n    resource(id: $id) { location(system: $system) { lat lng system } }\n    node(id: $id) { ... on Resource { location(system: $system) { lat lng system } } }\n  }\n"): (typeof documents)["\n  query CoordById($id: ID!, $system: CoordinateSystem!) {\n    resource(id: $id) { location(system: $system) { lat lng system } }\n    node(id: $id) { ... on Resource { location(system: $system) { lat lng system } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CoordAliases($org: ID!, $id: ID!) {\n    resources(filter: { organizationId: $org }, first: 10) {\n      edges {\n        node {\n          id\n          gcj: location(system: GCJ02) { lat lng system }\n          plain: location { lat lng system }\n          bd: location(system: BD09) { lat lng system }\n          wgs: location(system: WGS84) { lat lng }\n        }\n      }\n    }\n    resource(id: $id) {\n      gcj: location(system: GCJ02) { lat lng system }\n      plain: location { lat lng system }\n    }\n  }\n"): (typeof documents)["\n  query CoordAliases($org: ID!, $id: ID!) {\n    resources(filter: { organizationId: $org }, first: 10) {\n      edges {\n        node {\n          id\n          gcj: location(system: GCJ02) { lat lng system }\n          plain: location { lat lng system }\n          bd: location(system: BD09) { lat lng system }\n          wgs: location(system: WGS84) { lat lng }\n        }\n      }\n    }\n    resource(id: $id) {\n      gcj: location(system: GCJ02) { lat lng system }\n      plain: location { lat lng system }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CoordNested($org: ID!, $id: ID!) {\n    resources(filter: { organizationId: $org }, first: 10) {\n      edges {\n        node {\n          organization { location(system: BD09) { lat lng system } plain: location { lat lng } }\n          area { centroid(system: GCJ02) { lat lng system } parent { centroid(system: BD09) { lat lng system } } }\n        }\n      }\n    }\n    node(id: $id) {\n      ... on Resource {\n        organization { location(system: BD09) { lat lng system } }\n        area { centroid(system: GCJ02) { lat lng system } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CoordNested($org: ID!, $id: ID!) {\n    resources(filter: { organizationId: $org }, first: 10) {\n      edges {\n        node {\n          organization { location(system: BD09) { lat lng system } plain: location { lat lng } }\n          area { centroid(system: GCJ02) { lat lng system } parent { centroid(system: BD09) { lat lng system } } }\n        }\n      }\n    }\n    node(id: $id) {\n      ... on Resource {\n        organization { location(system: BD09) { lat lng system } }\n        area { centroid(system: GCJ02) { lat lng system } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CoordNear($near: NearInput!) {\n    resources(filter: { near: $near }, first: 50) {\n      edges { distanceMeters node { id location(system: GCJ02) { lat lng system } } }\n    }\n  }\n"): (typeof documents)["\n  query CoordNear($near: NearInput!) {\n    resources(filter: { near: $near }, first: 50) {\n      edges { distanceMeters node { id location(system: GCJ02) { lat lng system } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CoordDemand($id: ID!) {\n    demand(id: $id) { gcj: location(system: GCJ02) { lat lng system } plain: location { lat lng system } }\n  }\n"): (typeof documents)["\n  query CoordDemand($id: ID!) {\n    demand(id: $id) { gcj: location(system: GCJ02) { lat lng system } plain: location { lat lng system } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CoordReport($input: ReportAvailabilityInput!) {\n    reportAvailability(input: $input) { observation { id } userErrors { code } }\n  }\n"): (typeof documents)["\n  mutation CoordReport($input: ReportAvailabilityInput!) {\n    reportAvailability(input: $input) { observation { id } userErrors { code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DemEventsLog($after: String) {\n    events(after: $after, first: 500) { edges { node { cursor type actor { id role } data subject { __typename } } } }\n  }\n"): (typeof documents)["\n  query DemEventsLog($after: String) {\n    events(after: $after, first: 500) { edges { node { cursor type actor { id role } data subject { __typename } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DemEventsRegister($input: RegisterOrganizationInput!) { registerOrganization(input: $input) { organization { id } userErrors { code } } }\n"): (typeof documents)["\n  mutation DemEventsRegister($input: RegisterOrganizationInput!) { registerOrganization(input: $input) { organization { id } userErrors { code } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DemAuthPost($input: PostDemandInput!) { postDemand(input: $input) { demand { id } userErrors { code } } }"): (typeof documents)["mutation DemAuthPost($input: PostDemandInput!) { postDemand(input: $input) { demand { id } userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DemAuthUpdate($input: UpdateDemandInput!) { updateDemand(input: $input) { demand { id } userErrors { code } } }"): (typeof documents)["mutation DemAuthUpdate($input: UpdateDemandInput!) { updateDemand(input: $input) { demand { id } userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DemAuthPlace($input: DemandIdInput!) { placeDemand(input: $input) { demand { id } userErrors { code } } }"): (typeof documents)["mutation DemAuthPlace($input: DemandIdInput!) { placeDemand(input: $input) { demand { id } userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DemAuthTake($input: TakeDemandInput!) { takeDemand(input: $input) { demand { id } userErrors { code } } }"): (typeof documents)["mutation DemAuthTake($input: TakeDemandInput!) { takeDemand(input: $input) { demand { id } userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DemAuthCancel($input: CancelDemandInput!) { cancelDemand(input: $input) { demand { id } userErrors { code } } }"): (typeof documents)["mutation DemAuthCancel($input: CancelDemandInput!) { cancelDemand(input: $input) { demand { id } userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DemAuthOpen($input: OpenDemandListInput!) { openDemandList(input: $input) { demandList { id } userErrors { code } } }"): (typeof documents)["mutation DemAuthOpen($input: OpenDemandListInput!) { openDemandList(input: $input) { demandList { id } userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DemAuthSubmit($input: DemandListStatusInput!) { submitDemandList(input: $input) { demandList { id } userErrors { code } } }"): (typeof documents)["mutation DemAuthSubmit($input: DemandListStatusInput!) { submitDemandList(input: $input) { demandList { id } userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DemAuthPublish($input: DemandListStatusInput!) { publishDemandList(input: $input) { demandList { id } userErrors { code } } }"): (typeof documents)["mutation DemAuthPublish($input: DemandListStatusInput!) { publishDemandList(input: $input) { demandList { id } userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DemAuthClose($input: DemandListStatusInput!) { closeDemandList(input: $input) { demandList { id } userErrors { code } } }"): (typeof documents)["mutation DemAuthClose($input: DemandListStatusInput!) { closeDemandList(input: $input) { demandList { id } userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DemAuthCount($area: ID!) { demands(filter: { areaId: $area }) { totalCount } demandLists(filter: { areaId: $area }) { totalCount } }"): (typeof documents)["query DemAuthCount($area: ID!) { demands(filter: { areaId: $area }) { totalCount } demandLists(filter: { areaId: $area }) { totalCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DemPlace($input: DemandIdInput!) {\n    placeDemand(input: $input) { demand { id status placedBy placedAt } userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation DemPlace($input: DemandIdInput!) {\n    placeDemand(input: $input) { demand { id status placedBy placedAt } userErrors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DemTake($input: TakeDemandInput!) {\n    takeDemand(input: $input) {\n      demand { id status takenBy { id } takenByAccount takenAt description location { lat lng } }\n      userErrors { code field message }\n    }\n  }\n"): (typeof documents)["\n  mutation DemTake($input: TakeDemandInput!) {\n    takeDemand(input: $input) {\n      demand { id status takenBy { id } takenByAccount takenAt description location { lat lng } }\n      userErrors { code field message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DemCancel($input: CancelDemandInput!) {\n    cancelDemand(input: $input) { demand { id status cancelReason } userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation DemCancel($input: CancelDemandInput!) {\n    cancelDemand(input: $input) { demand { id status cancelReason } userErrors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DemFlowUpdate($input: UpdateDemandInput!) {\n    updateDemand(input: $input) { demand { id } userErrors { code field } }\n  }\n"): (typeof documents)["\n  mutation DemFlowUpdate($input: UpdateDemandInput!) {\n    updateDemand(input: $input) { demand { id } userErrors { code field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DemPlaceVersion($input: DemandIdInput!) {\n    placeDemand(input: $input) { demand { id status version } userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation DemPlaceVersion($input: DemandIdInput!) {\n    placeDemand(input: $input) { demand { id status version } userErrors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DemUpdatePlaceCancel($update: UpdateDemandInput!, $place: DemandIdInput!, $cancel: CancelDemandInput!) {\n    updateDemand(input: $update) { demand { version } userErrors { code } }\n    placeDemand(input: $place) { demand { status version } userErrors { code } }\n    cancelDemand(input: $cancel) { demand { status version } userErrors { code } }\n  }\n"): (typeof documents)["\n  mutation DemUpdatePlaceCancel($update: UpdateDemandInput!, $place: DemandIdInput!, $cancel: CancelDemandInput!) {\n    updateDemand(input: $update) { demand { version } userErrors { code } }\n    placeDemand(input: $place) { demand { status version } userErrors { code } }\n    cancelDemand(input: $cancel) { demand { status version } userErrors { code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DemListOpen($input: OpenDemandListInput!) {\n    openDemandList(input: $input) {\n      demandList { id title status periodStart periodEnd area { id } history { action fromStatus toStatus actor { id role } } }\n      userErrors { code field message }\n    }\n  }\n"): (typeof documents)["\n  mutation DemListOpen($input: OpenDemandListInput!) {\n    openDemandList(input: $input) {\n      demandList { id title status periodStart periodEnd area { id } history { action fromStatus toStatus actor { id role } } }\n      userErrors { code field message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DemListSubmit($input: DemandListStatusInput!) {\n    submitDemandList(input: $input) { demandList { id status submittedAt } userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation DemListSubmit($input: DemandListStatusInput!) {\n    submitDemandList(input: $input) { demandList { id status submittedAt } userErrors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DemListPublish($input: DemandListStatusInput!) {\n    publishDemandList(input: $input) { demandList { id status publishedAt } userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation DemListPublish($input: DemandListStatusInput!) {\n    publishDemandList(input: $input) { demandList { id status publishedAt } userErrors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DemListClose($input: DemandListStatusInput!) {\n    closeDemandList(input: $input) { demandList { id status closedAt } userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation DemListClose($input: DemandListStatusInput!) {\n    closeDemandList(input: $input) { demandList { id status closedAt } userErrors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DemListsOf($area: ID!) { demandLists(filter: { areaId: $area }) { totalCount } }"): (typeof documents)["query DemListsOf($area: ID!) { demandLists(filter: { areaId: $area }) { totalCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DemSeen($id: ID!, $area: ID!, $list: ID!) {\n    demand(id: $id) { id description orderedBy location { lat lng } }\n    node(id: $id) { id ... on Demand { description } }\n    nodes(ids: [$id]) { id }\n    demands(filter: { areaId: $area }) { totalCount edges { node { id description } } }\n    demandList(id: $list) { id demands { totalCount edges { node { id description } } } }\n    events(filter: { subjectIds: [$id] }) { edges { node { type subject { id } } } }\n    demandEvents: events(filter: { types: [DEMAND_POSTED, DEMAND_PLACED, DEMAND_TAKEN, DEMAND_UPDATED, DEMAND_CANCELLED, DEMAND_EXPIRED] }) {\n      edges { node { subjectId } }\n    }\n    area(id: $area) { demandStatistics { status kind count quantity } }\n  }\n"): (typeof documents)["\n  query DemSeen($id: ID!, $area: ID!, $list: ID!) {\n    demand(id: $id) { id description orderedBy location { lat lng } }\n    node(id: $id) { id ... on Demand { description } }\n    nodes(ids: [$id]) { id }\n    demands(filter: { areaId: $area }) { totalCount edges { node { id description } } }\n    demandList(id: $list) { id demands { totalCount edges { node { id description } } } }\n    events(filter: { subjectIds: [$id] }) { edges { node { type subject { id } } } }\n    demandEvents: events(filter: { types: [DEMAND_POSTED, DEMAND_PLACED, DEMAND_TAKEN, DEMAND_UPDATED, DEMAND_CANCELLED, DEMAND_EXPIRED] }) {\n      edges { node { subjectId } }\n    }\n    area(id: $area) { demandStatistics { status kind count quantity } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DemPrivacyTake($input: TakeDemandInput!) { takeDemand(input: $input) { demand { id } userErrors { code } } }\n"): (typeof documents)["\n  mutation DemPrivacyTake($input: TakeDemandInput!) { takeDemand(input: $input) { demand { id } userErrors { code } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DemPrivacyPlace($input: DemandIdInput!) { placeDemand(input: $input) { demand { id description } userErrors { code } } }\n"): (typeof documents)["\n  mutation DemPrivacyPlace($input: DemandIdInput!) { placeDemand(input: $input) { demand { id description } userErrors { code } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DemPrivacyUpdate($input: UpdateDemandInput!) { updateDemand(input: $input) { demand { id description } userErrors { code } } }\n"): (typeof documents)["\n  mutation DemPrivacyUpdate($input: UpdateDemandInput!) { updateDemand(input: $input) { demand { id description } userErrors { code } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DemPrivacyLists($id: ID!, $area: ID!) {\n    demandList(id: $id) { id }\n    node(id: $id) { id }\n    demandLists(filter: { areaId: $area }) { edges { node { id } } }\n  }\n"): (typeof documents)["\n  query DemPrivacyLists($id: ID!, $area: ID!) {\n    demandList(id: $id) { id }\n    node(id: $id) { id }\n    demandLists(filter: { areaId: $area }) { edges { node { id } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DemSearch($filter: DemandFilter, $first: Int, $after: String, $last: Int, $before: String) {\n    demands(filter: $filter, first: $first, after: $after, last: $last, before: $before) {\n      totalCount\n      edges { cursor node { id title } }\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n    }\n  }\n"): (typeof documents)["\n  query DemSearch($filter: DemandFilter, $first: Int, $after: String, $last: Int, $before: String) {\n    demands(filter: $filter, first: $first, after: $after, last: $last, before: $before) {\n      totalCount\n      edges { cursor node { id title } }\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DemPage($first: Int!, $history: Boolean!) {\n    demands(first: $first) {\n      edges {\n        node {\n          id title status kinds quantity windows { days start end } location { lat lng } endDate\n          area { id name parent { id kind } } takenBy { id name area { name } } demandList { id }\n          history @include(if: $history) { action }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DemPage($first: Int!, $history: Boolean!) {\n    demands(first: $first) {\n      edges {\n        node {\n          id title status kinds quantity windows { days start end } location { lat lng } endDate\n          area { id name parent { id kind } } takenBy { id name area { name } } demandList { id }\n          history @include(if: $history) { action }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DemStats($community: ID!, $list: ID!) {\n    area(id: $community) { demandStatistics { status kind count quantity } }\n    district { demandStatistics { status kind count quantity } }\n    areas(kind: GRID, first: 50) { edges { node { id demandStatistics { status kind count } } } }\n    demandList(id: $list) { demandStatistics { status kind count quantity } }\n  }\n"): (typeof documents)["\n  query DemStats($community: ID!, $list: ID!) {\n    area(id: $community) { demandStatistics { status kind count quantity } }\n    district { demandStatistics { status kind count quantity } }\n    areas(kind: GRID, first: 50) { edges { node { id demandStatistics { status kind count } } } }\n    demandList(id: $list) { demandStatistics { status kind count quantity } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DemGridStats($first: Int!) { areas(kind: GRID, first: $first) { edges { node { id demandStatistics { status kind count } } } } }\n"): (typeof documents)["\n  query DemGridStats($first: Int!) { areas(kind: GRID, first: $first) { edges { node { id demandStatistics { status kind count } } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DemLists($filter: DemandListFilter) { demandLists(filter: $filter, first: 50) { totalCount edges { node { id status area { id } } } } }\n"): (typeof documents)["\n  query DemLists($filter: DemandListFilter) { demandLists(filter: $filter, first: 50) { totalCount edges { node { id status area { id } } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DemSeedFigures {\n    district { demandStatistics { status kind count quantity } }\n    demands(first: 3, filter: { fulfilment: RESOURCE }) { totalCount edges { node { title description status demandList { status } history { action } } } }\n    published: demandLists(filter: { statuses: [PUBLISHED] }) { totalCount }\n    lists: demandLists { totalCount }\n  }\n"): (typeof documents)["\n  query DemSeedFigures {\n    district { demandStatistics { status kind count quantity } }\n    demands(first: 3, filter: { fulfilment: RESOURCE }) { totalCount edges { node { title description status demandList { status } history { action } } } }\n    published: demandLists(filter: { statuses: [PUBLISHED] }) { totalCount }\n    lists: demandLists { totalCount }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DemTimeRead($id: ID!, $area: ID!) {\n    demand(id: $id) { status version history { action fromStatus toStatus actor { id role } } }\n    placed: demands(filter: { areaId: $area, statuses: [PLACED] }) { totalCount }\n    expired: demands(filter: { areaId: $area, statuses: [EXPIRED] }) { totalCount edges { node { id } } }\n    area(id: $area) { demandStatistics { status kind count } }\n  }\n"): (typeof documents)["\n  query DemTimeRead($id: ID!, $area: ID!) {\n    demand(id: $id) { status version history { action fromStatus toStatus actor { id role } } }\n    placed: demands(filter: { areaId: $area, statuses: [PLACED] }) { totalCount }\n    expired: demands(filter: { areaId: $area, statuses: [EXPIRED] }) { totalCount edges { node { id } } }\n    area(id: $area) { demandStatistics { status kind count } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DemTimeEvents($id: ID!) {\n    events(filter: { subjectIds: [$id] }) { edges { node { type occurredAt actor { id role } data } } }\n  }\n"): (typeof documents)["\n  query DemTimeEvents($id: ID!) {\n    events(filter: { subjectIds: [$id] }) { edges { node { type occurredAt actor { id role } data } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DemPost($input: PostDemandInput!) {\n    postDemand(input: $input) {\n      demand {\n        id status version title description kinds quantity acceptedQuantity startDate endDate radiusMeters audience urgency\n        channel orderedAt orderedBy recordedBy placedBy takenBy { id } location { lat lng } area { id } demandList { id }\n        windows { days dayType start end }\n        history { action fromStatus toStatus actor { id role } }\n      }\n      userErrors { code field message }\n    }\n  }\n"): (typeof documents)["\n  mutation DemPost($input: PostDemandInput!) {\n    postDemand(input: $input) {\n      demand {\n        id status version title description kinds quantity acceptedQuantity startDate endDate radiusMeters audience urgency\n        channel orderedAt orderedBy recordedBy placedBy takenBy { id } location { lat lng } area { id } demandList { id }\n        windows { days dayType start end }\n        history { action fromStatus toStatus actor { id role } }\n      }\n      userErrors { code field message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DemUpdate($input: UpdateDemandInput!) {\n    updateDemand(input: $input) { demand { id version title quantity endDate status } userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation DemUpdate($input: UpdateDemandInput!) {\n    updateDemand(input: $input) { demand { id version title quantity endDate status } userErrors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DemCountIn($area: ID!) { demands(filter: { areaId: $area }) { totalCount } }"): (typeof documents)["query DemCountIn($area: ID!) { demands(filter: { areaId: $area }) { totalCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PurgeReport($input: ReportAvailabilityInput!) {\n    reportAvailability(input: $input) { observation { id } userErrors { code } }\n  }\n"): (typeof documents)["\n  mutation PurgeReport($input: ReportAvailabilityInput!) {\n    reportAvailability(input: $input) { observation { id } userErrors { code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PurgeEvents($after: String, $types: [EventType!]) {\n    events(after: $after, filter: { types: $types }, first: 500) { edges { node { cursor type data } } pageInfo { endCursor } }\n  }\n"): (typeof documents)["\n  query PurgeEvents($after: String, $types: [EventType!]) {\n    events(after: $after, filter: { types: $types }, first: 500) { edges { node { cursor type data } } pageInfo { endCursor } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EvtRead($after: String, $first: Int!, $filter: EventFilter) {\n    events(after: $after, first: $first, filter: $filter) {\n      edges { cursor node { cursor type subjectId actor { id role } data subject { id ... on Organization { name } } } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"): (typeof documents)["\n  query EvtRead($after: String, $first: Int!, $filter: EventFilter) {\n    events(after: $after, first: $first, filter: $filter) {\n      edges { cursor node { cursor type subjectId actor { id role } data subject { id ... on Organization { name } } } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EvtRegister($input: RegisterOrganizationInput!) {\n    registerOrganization(input: $input) { organization { id } userErrors { code } }\n  }\n"): (typeof documents)["\n  mutation EvtRegister($input: RegisterOrganizationInput!) {\n    registerOrganization(input: $input) { organization { id } userErrors { code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HsdsResources($after: String) {\n    resources(first: 100, after: $after) {\n      edges {\n        node {\n          id title description address audiences\n          location { lat lng }\n          windows { days dayType start end }\n          organization { id }\n        }\n      }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"): (typeof documents)["\n  query HsdsResources($after: String) {\n    resources(first: 100, after: $after) {\n      edges {\n        node {\n          id title description address audiences\n          location { lat lng }\n          windows { days dayType start end }\n          organization { id }\n        }\n      }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HsdsOrganizations($after: String) {\n    organizations(first: 100, after: $after, kinds: [AGENCY, SCHOOL, HOSPITAL, COMPANY, SOCIAL_ORGANIZATION]) {\n      edges { node { id name description } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"): (typeof documents)["\n  query HsdsOrganizations($after: String) {\n    organizations(first: 100, after: $after, kinds: [AGENCY, SCHOOL, HOSPITAL, COMPANY, SOCIAL_ORGANIZATION]) {\n      edges { node { id name description } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HsdsRegisterOrganization($input: RegisterOrganizationInput!) {\n    registerOrganization(input: $input) { organization { id } userErrors { code } }\n  }\n"): (typeof documents)["\n  mutation HsdsRegisterOrganization($input: RegisterOrganizationInput!) {\n    registerOrganization(input: $input) { organization { id } userErrors { code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HttpTooDeep {\n    district {\n      children { edges { node { children { edges { node { parent { parent { parent { parent { parent { id } } } } } } } } } } }\n    }\n  }\n"): (typeof documents)["\n  query HttpTooDeep {\n    district {\n      children { edges { node { children { edges { node { parent { parent { parent { parent { parent { id } } } } } } } } } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HttpTooCostly {\n    areas(first: 100) { edges { node { children(first: 100) { edges { node { children(first: 100) { totalCount } } } } } } }\n  }\n"): (typeof documents)["\n  query HttpTooCostly {\n    areas(first: 100) { edges { node { children(first: 100) { edges { node { children(first: 100) { totalCount } } } } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HttpTooCostlyByVariables($n: Int) {\n    areas(first: $n) { edges { node { children(first: $n) { edges { node { children(first: $n) { totalCount } } } } } } }\n  }\n"): (typeof documents)["\n  query HttpTooCostlyByVariables($n: Int) {\n    areas(first: $n) { edges { node { children(first: $n) { edges { node { children(first: $n) { totalCount } } } } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HttpAreasPage($first: Int, $last: Int, $after: String) {\n    areas(first: $first, last: $last, after: $after) { totalCount edges { cursor node { id } } }\n  }\n"): (typeof documents)["\n  query HttpAreasPage($first: Int, $last: Int, $after: String) {\n    areas(first: $first, last: $last, after: $after) { totalCount edges { cursor node { id } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query HttpOrganizationCursor { organizations(first: 1) { edges { cursor } } }"): (typeof documents)["query HttpOrganizationCursor { organizations(first: 1) { edges { cursor } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query HttpAreaById($id: ID!) { area(id: $id) { id name } }"): (typeof documents)["query HttpAreaById($id: ID!) { area(id: $id) { id name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query HttpNodeById($id: ID!) { node(id: $id) { id } }"): (typeof documents)["query HttpNodeById($id: ID!) { node(id: $id) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query HttpNodesByIds($ids: [ID!]!) { nodes(ids: $ids) { id } }"): (typeof documents)["query HttpNodesByIds($ids: [ID!]!) { nodes(ids: $ids) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportsCreateArea($input: CreateAreaInput!) {\n    createArea(input: $input) { area { id } userErrors { code } }\n  }\n"): (typeof documents)["\n  mutation ImportsCreateArea($input: CreateAreaInput!) {\n    createArea(input: $input) { area { id } userErrors { code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportsImportUnits($input: ImportUnitsInput!) {\n    importUnits(input: $input) {\n      importRun { id status rowCount problemCount unitsCreated resourcesCreated resourcesUpdated resourcesUnchanged appliedAt problems { row column code } }\n      userErrors { code field }\n    }\n  }\n"): (typeof documents)["\n  mutation ImportsImportUnits($input: ImportUnitsInput!) {\n    importUnits(input: $input) {\n      importRun { id status rowCount problemCount unitsCreated resourcesCreated resourcesUpdated resourcesUnchanged appliedAt problems { row column code } }\n      userErrors { code field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ImportsResourceKey($id: ID!) {\n    resource(id: $id) { title externalKey }\n  }\n"): (typeof documents)["\n  query ImportsResourceKey($id: ID!) {\n    resource(id: $id) { title externalKey }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ImportsImportRun($id: ID!) {\n    importRun(id: $id) { id status fileName format encoding rowCount }\n  }\n"): (typeof documents)["\n  query ImportsImportRun($id: ID!) {\n    importRun(id: $id) { id status fileName format encoding rowCount }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MatXAccept($input: MatchInput!) {\n    acceptMatch(input: $input) { match { id status } userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation MatXAccept($input: MatchInput!) {\n    acceptMatch(input: $input) { match { id status } userErrors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MatXMatch($id: ID!) {\n    node(id: $id) { ... on Match { id status atRisk quantity history { action fromStatus toStatus reason } } }\n  }\n"): (typeof documents)["\n  query MatXMatch($id: ID!) {\n    node(id: $id) { ... on Match { id status atRisk quantity history { action fromStatus toStatus reason } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MatXCancelDemand($input: CancelDemandInput!) {\n    cancelDemand(input: $input) { demand { id status } userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation MatXCancelDemand($input: CancelDemandInput!) {\n    cancelDemand(input: $input) { demand { id status } userErrors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MatXCreateResource($input: CreateResourceInput!) {\n    createResource(input: $input) { resource { id } userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation MatXCreateResource($input: CreateResourceInput!) {\n    createResource(input: $input) { resource { id } userErrors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MatXPublishResource($input: ResourceStatusInput!) {\n    publishResource(input: $input) { resource { id status } userErrors { code } }\n  }\n"): (typeof documents)["\n  mutation MatXPublishResource($input: ResourceStatusInput!) {\n    publishResource(input: $input) { resource { id status } userErrors { code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MatXSuggestions($id: ID!, $first: Int) {\n    demand(id: $id) { id suggestions(first: $first) { distanceMeters resource { id accessMode } } }\n  }\n"): (typeof documents)["\n  query MatXSuggestions($id: ID!, $first: Int) {\n    demand(id: $id) { id suggestions(first: $first) { distanceMeters resource { id accessMode } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MatXSuggestionsDefault($id: ID!) {\n    demand(id: $id) { suggestions { distanceMeters resource { id } } }\n  }\n"): (typeof documents)["\n  query MatXSuggestionsDefault($id: ID!) {\n    demand(id: $id) { suggestions { distanceMeters resource { id } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MatAccept($input: MatchInput!) {\n    acceptMatch(input: $input) { match { id status quantity history { action fromStatus toStatus reason actor { role } } } userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation MatAccept($input: MatchInput!) {\n    acceptMatch(input: $input) { match { id status quantity history { action fromStatus toStatus reason actor { role } } } userErrors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MatDecline($input: MatchReasonInput!) {\n    declineMatch(input: $input) { match { id status } userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation MatDecline($input: MatchReasonInput!) {\n    declineMatch(input: $input) { match { id status } userErrors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MatCancel($input: MatchReasonInput!) {\n    cancelMatch(input: $input) { match { id status history { action reason } } userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation MatCancel($input: MatchReasonInput!) {\n    cancelMatch(input: $input) { match { id status history { action reason } } userErrors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MatFulfil($input: MatchInput!) {\n    fulfilMatch(input: $input) { match { id status } userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation MatFulfil($input: MatchInput!) {\n    fulfilMatch(input: $input) { match { id status } userErrors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MatState($demand: ID!, $resource: ID!) {\n    demand(id: $demand) { status matches { id status quantity } }\n    resource(id: $resource) { matches { id status } }\n  }\n"): (typeof documents)["\n  query MatState($demand: ID!, $resource: ID!) {\n    demand(id: $demand) { status matches { id status quantity } }\n    resource(id: $resource) { matches { id status } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MatInbox($org: ID!, $statuses: [MatchStatus!]) {\n    matches(filter: { organizationId: $org, statuses: $statuses }, first: 100) { edges { node { id status } } }\n  }\n"): (typeof documents)["\n  query MatInbox($org: ID!, $statuses: [MatchStatus!]) {\n    matches(filter: { organizationId: $org, statuses: $statuses }, first: 100) { edges { node { id status } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MatNode($id: ID!) { node(id: $id) { id ... on Match { status quantity } } }\n"): (typeof documents)["\n  query MatNode($id: ID!) { node(id: $id) { id ... on Match { status quantity } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MatEvents($id: ID!) { events(filter: { subjectIds: [$id] }, first: 10) { edges { node { type subject { id } } } } }\n"): (typeof documents)["\n  query MatEvents($id: ID!) { events(filter: { subjectIds: [$id] }, first: 10) { edges { node { type subject { id } } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MatInboxDeep($org: ID!) {\n    matches(filter: { organizationId: $org }, first: 100) {\n      edges { node { id status demand { id title } resource { id title } history { action } } }\n    }\n  }\n"): (typeof documents)["\n  query MatInboxDeep($org: ID!) {\n    matches(filter: { organizationId: $org }, first: 100) {\n      edges { node { id status demand { id title } resource { id title } history { action } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MatRulesDecline($input: MatchReasonInput!) {\n    declineMatch(input: $input) { match { id status } userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation MatRulesDecline($input: MatchReasonInput!) {\n    declineMatch(input: $input) { match { id status } userErrors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MatRulesRuns($areaId: ID) { matchRuns(areaId: $areaId, first: 10) { edges { node { id proposedCount area { id } } } } }\n"): (typeof documents)["\n  query MatRulesRuns($areaId: ID) { matchRuns(areaId: $areaId, first: 10) { edges { node { id proposedCount area { id } } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MatRulesUnitSees($id: ID!) { demand(id: $id) { id description matches { id status } } }\n"): (typeof documents)["\n  query MatRulesUnitSees($id: ID!) { demand(id: $id) { id description matches { id status } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BoardScale($filter: OpenOrderFilter, $first: Int) {\n    openOrders(filter: $filter, first: $first) {\n      edges {\n        cursor\n        node {\n          demandId title serviceKinds urgency audience quantity stillNeeded startDate endDate placedAt takeDeadline isOverdue\n          windows { days start end }\n          location { lat lng system }\n          gcj: location(system: GCJ02) { lat lng }\n          community { id name kind code gridLevel centroid { lat lng } parent { id name parent { id } } }\n          grid { id name kind gridLevel centroid { lat lng } parent { id name } }\n        }\n      }\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n    }\n  }\n"): (typeof documents)["\n  query BoardScale($filter: OpenOrderFilter, $first: Int) {\n    openOrders(filter: $filter, first: $first) {\n      edges {\n        cursor\n        node {\n          demandId title serviceKinds urgency audience quantity stillNeeded startDate endDate placedAt takeDeadline isOverdue\n          windows { days start end }\n          location { lat lng system }\n          gcj: location(system: GCJ02) { lat lng }\n          community { id name kind code gridLevel centroid { lat lng } parent { id name parent { id } } }\n          grid { id name kind gridLevel centroid { lat lng } parent { id name } }\n        }\n      }\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BoardCards($filter: OpenOrderFilter, $first: Int, $after: String) {\n    openOrders(filter: $filter, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          demandId title serviceKinds urgency audience quantity stillNeeded startDate endDate placedAt takeDeadline isOverdue\n          windows { days start end }\n          community { id name } grid { id name }\n          location { lat lng system }\n        }\n      }\n      pageInfo { hasNextPage hasPreviousPage endCursor }\n    }\n  }\n"): (typeof documents)["\n  query BoardCards($filter: OpenOrderFilter, $first: Int, $after: String) {\n    openOrders(filter: $filter, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          demandId title serviceKinds urgency audience quantity stillNeeded startDate endDate placedAt takeDeadline isOverdue\n          windows { days start end }\n          community { id name } grid { id name }\n          location { lat lng system }\n        }\n      }\n      pageInfo { hasNextPage hasPreviousPage endCursor }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BoardCreateTeam($input: CreateVolunteerTeamInput!) { createVolunteerTeam(input: $input) { team { id } userErrors { code message } } }\n"): (typeof documents)["\n  mutation BoardCreateTeam($input: CreateVolunteerTeamInput!) { createVolunteerTeam(input: $input) { team { id } userErrors { code message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterOrg($input: RegisterOrganizationInput!) {\n    registerOrganization(input: $input) {\n      organization { id name kind version address contactName contactPhone location { lat lng } area { id name } }\n      userErrors { code field message }\n    }\n  }\n"): (typeof documents)["\n  mutation RegisterOrg($input: RegisterOrganizationInput!) {\n    registerOrganization(input: $input) {\n      organization { id name kind version address contactName contactPhone location { lat lng } area { id name } }\n      userErrors { code field message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateOrg($input: UpdateOrganizationInput!) {\n    updateOrganization(input: $input) {\n      organization { id name version description }\n      userErrors { code field message }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateOrg($input: UpdateOrganizationInput!) {\n    updateOrganization(input: $input) {\n      organization { id name version description }\n      userErrors { code field message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReadOrg($id: ID!) {\n    organization(id: $id) { id name version contactName contactPhone }\n  }\n"): (typeof documents)["\n  query ReadOrg($id: ID!) {\n    organization(id: $id) { id name version contactName contactPhone }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OrgCount { organizations { totalCount } }"): (typeof documents)["query OrgCount { organizations { totalCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrgKinds($kinds: [OrganizationKind!], $below: ID) {\n    organizations(first: 100, kinds: $kinds, below: $below) { totalCount edges { node { id name kind } } }\n  }\n"): (typeof documents)["\n  query OrgKinds($kinds: [OrganizationKind!], $below: ID) {\n    organizations(first: 100, kinds: $kinds, below: $below) { totalCount edges { node { id name kind } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PtsOrderStats($id: ID!, $period: PeriodInput!) {\n    area(id: $id) {\n      orderStatistics(period: $period) { placed taken served confirmed medianMinutesToTake medianMinutesToServe minutesServed pointsAwarded }\n    }\n  }\n"): (typeof documents)["\n  query PtsOrderStats($id: ID!, $period: PeriodInput!) {\n    area(id: $id) {\n      orderStatistics(period: $period) { placed taken served confirmed medianMinutesToTake medianMinutesToServe minutesServed pointsAwarded }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PtsRanking($id: ID!, $period: PeriodInput!, $first: Int) {\n    area(id: $id) { volunteerRanking(period: $period, first: $first) { rank points minutes volunteerName volunteer { id } } }\n  }\n"): (typeof documents)["\n  query PtsRanking($id: ID!, $period: PeriodInput!, $first: Int) {\n    area(id: $id) { volunteerRanking(period: $period, first: $first) { rank points minutes volunteerName volunteer { id } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PtsSetRule($input: SetPointsRuleInput!) {\n    setPointsRule(input: $input) { pointsRule { pointsPerHour isDefault setAt version } userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation PtsSetRule($input: SetPointsRuleInput!) {\n    setPointsRule(input: $input) { pointsRule { pointsPerHour isDefault setAt version } userErrors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PtsRule($id: ID!) { area(id: $id) { pointsRule { pointsPerHour isDefault setAt version } } }\n"): (typeof documents)["\n  query PtsRule($id: ID!) { area(id: $id) { pointsRule { pointsPerHour isDefault setAt version } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PtsAdjust($input: AdjustPointsInput!) {\n    adjustPoints(input: $input) {\n      entry { kind points minutes reason at actor { id role } area { id } demand { id } }\n      volunteer { id points }\n      userErrors { code field message }\n    }\n  }\n"): (typeof documents)["\n  mutation PtsAdjust($input: AdjustPointsInput!) {\n    adjustPoints(input: $input) {\n      entry { kind points minutes reason at actor { id role } area { id } demand { id } }\n      volunteer { id points }\n      userErrors { code field message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PtsLedger($id: ID!, $first: Int, $after: String) {\n    pointsLedger(volunteerId: $id, first: $first, after: $after) {\n      edges { cursor node { kind points minutes reason actor { id role } } }\n      pageInfo { hasNextPage endCursor }\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query PtsLedger($id: ID!, $first: Int, $after: String) {\n    pointsLedger(volunteerId: $id, first: $first, after: $after) {\n      edges { cursor node { kind points minutes reason actor { id role } } }\n      pageInfo { hasNextPage endCursor }\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PtsLedgerDemands($id: ID!) { pointsLedger(volunteerId: $id) { edges { node { kind points area { id } demand { id } } } } }\n"): (typeof documents)["\n  query PtsLedgerDemands($id: ID!) { pointsLedger(volunteerId: $id) { edges { node { kind points area { id } demand { id } } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PtsBalance($id: ID!) { volunteer(id: $id) { id points } }"): (typeof documents)["query PtsBalance($id: ID!) { volunteer(id: $id) { id points } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PtsEvents($types: [EventType!]) { events(filter: { types: $types }, first: 500) { edges { node { type subjectId data actor { role } } } } }\n"): (typeof documents)["\n  query PtsEvents($types: [EventType!]) { events(filter: { types: $types }, first: 500) { edges { node { type subjectId data actor { role } } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PrjMoveAdvance($input: AdvanceProjectInput!) {\n    advanceProject(input: $input) { project { id status evaluation evaluationScore version } userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation PrjMoveAdvance($input: AdvanceProjectInput!) {\n    advanceProject(input: $input) { project { id status evaluation evaluationScore version } userErrors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PrjMoveCancel($input: CancelProjectInput!) {\n    cancelProject(input: $input) { project { id status version } userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation PrjMoveCancel($input: CancelProjectInput!) {\n    cancelProject(input: $input) { project { id status version } userErrors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PrjMoveRead($id: ID!) {\n    project(id: $id) { id status version evaluation evaluationScore history { action from to actor { role } reason } }\n  }\n"): (typeof documents)["\n  query PrjMoveRead($id: ID!) {\n    project(id: $id) { id status version evaluation evaluationScore history { action from to actor { role } reason } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PrjLinkDemands($input: LinkDemandsToProjectInput!) {\n    linkDemandsToProject(input: $input) { project { id version demandCount } userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation PrjLinkDemands($input: LinkDemandsToProjectInput!) {\n    linkDemandsToProject(input: $input) { project { id version demandCount } userErrors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PrjLinkResources($input: LinkResourcesToProjectInput!) {\n    linkResourcesToProject(input: $input) {\n      project { id version resources { id } organizations { id } }\n      userErrors { code field message }\n    }\n  }\n"): (typeof documents)["\n  mutation PrjLinkResources($input: LinkResourcesToProjectInput!) {\n    linkResourcesToProject(input: $input) {\n      project { id version resources { id } organizations { id } }\n      userErrors { code field message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PrjAddMilestone($input: AddProjectMilestoneInput!) {\n    addProjectMilestone(input: $input) { project { id milestones { id title dueDate completedAt completedBy } } userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation PrjAddMilestone($input: AddProjectMilestoneInput!) {\n    addProjectMilestone(input: $input) { project { id milestones { id title dueDate completedAt completedBy } } userErrors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PrjCompleteMilestone($input: CompleteProjectMilestoneInput!) {\n    completeProjectMilestone(input: $input) { project { id milestones { id completedAt completedBy } } userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation PrjCompleteMilestone($input: CompleteProjectMilestoneInput!) {\n    completeProjectMilestone(input: $input) { project { id milestones { id completedAt completedBy } } userErrors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PrjAddNote($input: AddProjectNoteInput!) {\n    addProjectNote(input: $input) { project { id notes { text author { role } createdAt } } userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation PrjAddNote($input: AddProjectNoteInput!) {\n    addProjectNote(input: $input) { project { id notes { text author { role } createdAt } } userErrors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PrjPartsRead($id: ID!) {\n    project(id: $id) {\n      id status version demandCount\n      resources { id } organizations { id }\n      milestones { id completedAt } notes { text }\n      history { action detail }\n    }\n  }\n"): (typeof documents)["\n  query PrjPartsRead($id: ID!) {\n    project(id: $id) {\n      id status version demandCount\n      resources { id } organizations { id }\n      milestones { id completedAt } notes { text }\n      history { action detail }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PrjReadsLink($input: LinkDemandsToProjectInput!) { linkDemandsToProject(input: $input) { userErrors { code } } }\n"): (typeof documents)["\n  mutation PrjReadsLink($input: LinkDemandsToProjectInput!) { linkDemandsToProject(input: $input) { userErrors { code } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PrjDemands($id: ID!, $area: ID!) {\n    project(id: $id) { demandCount demands { id title description } }\n    node(id: $id) { __typename ... on Project { demandCount demands { id title } } }\n    projects(filter: { areaId: $area }) { edges { node { id demandCount demands { id } } } }\n  }\n"): (typeof documents)["\n  query PrjDemands($id: ID!, $area: ID!) {\n    project(id: $id) { demandCount demands { id title description } }\n    node(id: $id) { __typename ... on Project { demandCount demands { id title } } }\n    projects(filter: { areaId: $area }) { edges { node { id demandCount demands { id } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PrjList($filter: ProjectFilter, $first: Int, $after: String, $last: Int, $before: String) {\n    projects(filter: $filter, first: $first, after: $after, last: $last, before: $before) {\n      totalCount\n      edges { cursor node { id status title area { name } organization { id } } }\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n    }\n  }\n"): (typeof documents)["\n  query PrjList($filter: ProjectFilter, $first: Int, $after: String, $last: Int, $before: String) {\n    projects(filter: $filter, first: $first, after: $after, last: $last, before: $before) {\n      totalCount\n      edges { cursor node { id status title area { name } organization { id } } }\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PrjNode($id: ID!) { node(id: $id) { id ... on Project { title status } } }"): (typeof documents)["query PrjNode($id: ID!) { node(id: $id) { id ... on Project { title status } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PrjStatistics($id: ID!) { area(id: $id) { projectStatistics { status count } } }"): (typeof documents)["query PrjStatistics($id: ID!) { area(id: $id) { projectStatistics { status count } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PrjEverything($area: ID!) {\n    projects(filter: { areaId: $area }, first: 50) {\n      edges {\n        node {\n          id title status proposedBy { role }\n          area { name parent { name } } organization { name }\n          organizations { name } resources { title } demandCount demands { title }\n          milestones { title } notes { text } history { action }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PrjEverything($area: ID!) {\n    projects(filter: { areaId: $area }, first: 50) {\n      edges {\n        node {\n          id title status proposedBy { role }\n          area { name parent { name } } organization { name }\n          organizations { name } resources { title } demandCount demands { title }\n          milestones { title } notes { text } history { action }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PrjReadsNote($input: AddProjectNoteInput!) { addProjectNote(input: $input) { userErrors { code } } }\n"): (typeof documents)["\n  mutation PrjReadsNote($input: AddProjectNoteInput!) { addProjectNote(input: $input) { userErrors { code } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PrjReadsMilestone($input: AddProjectMilestoneInput!) { addProjectMilestone(input: $input) { userErrors { code } } }\n"): (typeof documents)["\n  mutation PrjReadsMilestone($input: AddProjectMilestoneInput!) { addProjectMilestone(input: $input) { userErrors { code } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PrjReadsResources($input: LinkResourcesToProjectInput!) { linkResourcesToProject(input: $input) { userErrors { code } } }\n"): (typeof documents)["\n  mutation PrjReadsResources($input: LinkResourcesToProjectInput!) { linkResourcesToProject(input: $input) { userErrors { code } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PrjSeeded {\n    district { projectStatistics { status count } }\n    projects(first: 100) {\n      totalCount\n      edges { node { title status area { kind } organizations { id } resources { kind } milestones { completedAt } notes { text } history { action } demandCount demands { id } } }\n    }\n  }\n"): (typeof documents)["\n  query PrjSeeded {\n    district { projectStatistics { status count } }\n    projects(first: 100) {\n      totalCount\n      edges { node { title status area { kind } organizations { id } resources { kind } milestones { completedAt } notes { text } history { action } demandCount demands { id } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PrjApprove($input: ApproveProjectInput!) {\n    approveProject(input: $input) { project { id status approvedAt version } userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation PrjApprove($input: ApproveProjectInput!) {\n    approveProject(input: $input) { project { id status approvedAt version } userErrors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PrjRead($id: ID!) {\n    project(id: $id) {\n      id status version title approvedAt evaluation\n      proposedBy { id role }\n      area { id }\n      organization { id }\n      organizations { id }\n      history { action from to actor { id role } reason occurredAt }\n    }\n  }\n"): (typeof documents)["\n  query PrjRead($id: ID!) {\n    project(id: $id) {\n      id status version title approvedAt evaluation\n      proposedBy { id role }\n      area { id }\n      organization { id }\n      organizations { id }\n      history { action from to actor { id role } reason occurredAt }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PrjPublicEvents($id: ID!) { events(filter: { subjectIds: [$id] }) { edges { node { type } } } }\n"): (typeof documents)["\n  query PrjPublicEvents($id: ID!) { events(filter: { subjectIds: [$id] }) { edges { node { type } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PrjCount($area: ID!) { projects(filter: { areaId: $area }) { totalCount } }"): (typeof documents)["query PrjCount($area: ID!) { projects(filter: { areaId: $area }) { totalCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReadNested($first: Int!) {\n    resources(first: $first, orderBy: TITLE) {\n      edges {\n        cursor\n        node {\n          id title kind capacity location { lat lng } latestAvailability { freeCount }\n          organization { id name kind area { name } }\n          area { id name parent { id name kind } }\n        }\n      }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"): (typeof documents)["\n  query ReadNested($first: Int!) {\n    resources(first: $first, orderBy: TITLE) {\n      edges {\n        cursor\n        node {\n          id title kind capacity location { lat lng } latestAvailability { freeCount }\n          organization { id name kind area { name } }\n          area { id name parent { id name kind } }\n        }\n      }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReadById($id: ID!) {\n    resource(id: $id) { id title organization { name } area { name parent { name } } }\n    node(id: $id) { ... on Resource { title organization { name } } }\n  }\n"): (typeof documents)["\n  query ReadById($id: ID!) {\n    resource(id: $id) { id title organization { name } area { name parent { name } } }\n    node(id: $id) { ... on Resource { title organization { name } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RtResReport($input: ReportAvailabilityInput!) {\n    reportAvailability(input: $input) { observation { id } userErrors { code } }\n  }\n"): (typeof documents)["\n  mutation RtResReport($input: ReportAvailabilityInput!) {\n    reportAvailability(input: $input) { observation { id } userErrors { code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RtResDrafted($after: String) {\n    events(after: $after, first: 500, filter: { types: [AGREEMENT_DRAFTED] }) { edges { cursor } }\n  }\n"): (typeof documents)["\n  query RtResDrafted($after: String) {\n    events(after: $after, first: 500, filter: { types: [AGREEMENT_DRAFTED] }) { edges { cursor } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RtReport($input: ReportAvailabilityInput!) {\n    reportAvailability(input: $input) { observation { id } userErrors { code } }\n  }\n"): (typeof documents)["\n  mutation RtReport($input: ReportAvailabilityInput!) {\n    reportAvailability(input: $input) { observation { id } userErrors { code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RtReportMany($input: ReportAvailabilitiesInput!) {\n    reportAvailabilities(input: $input) { observations { id } userErrors { code } }\n  }\n"): (typeof documents)["\n  mutation RtReportMany($input: ReportAvailabilitiesInput!) {\n    reportAvailabilities(input: $input) { observations { id } userErrors { code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchOpenAt($filter: ResourceFilter) {\n    resources(filter: $filter, first: 100) { edges { node { id } } pageInfo { hasNextPage } }\n  }\n"): (typeof documents)["\n  query SearchOpenAt($filter: ResourceFilter) {\n    resources(filter: $filter, first: 100) { edges { node { id } } pageInfo { hasNextPage } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchOpenNow($filter: ResourceFilter, $id: ID!) {\n    resources(filter: $filter, first: 100) { edges { node { id isOpenNow nextOpenAt } } }\n    resource(id: $id) { id isOpenNow nextOpenAt }\n  }\n"): (typeof documents)["\n  query SearchOpenNow($filter: ResourceFilter, $id: ID!) {\n    resources(filter: $filter, first: 100) { edges { node { id isOpenNow nextOpenAt } } }\n    resource(id: $id) { id isOpenNow nextOpenAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SearchOpenCreate($input: CreateResourceInput!) {\n    createResource(input: $input) { resource { id } userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation SearchOpenCreate($input: CreateResourceInput!) {\n    createResource(input: $input) { resource { id } userErrors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SearchOpenPublish($input: ResourceStatusInput!) { publishResource(input: $input) { userErrors { code } } }\n"): (typeof documents)["\n  mutation SearchOpenPublish($input: ResourceStatusInput!) { publishResource(input: $input) { userErrors { code } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SearchSetHolidays($input: SetHolidaysInput!) { setHolidays(input: $input) { userErrors { code field message } } }\n"): (typeof documents)["\n  mutation SearchSetHolidays($input: SetHolidaysInput!) { setHolidays(input: $input) { userErrors { code field message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchPage($filter: ResourceFilter, $orderBy: ResourceOrder, $first: Int, $after: String, $last: Int, $before: String) {\n    resources(filter: $filter, orderBy: $orderBy, first: $first, after: $after, last: $last, before: $before) {\n      totalCount\n      edges { cursor distanceMeters node { id } }\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n    }\n  }\n"): (typeof documents)["\n  query SearchPage($filter: ResourceFilter, $orderBy: ResourceOrder, $first: Int, $after: String, $last: Int, $before: String) {\n    resources(filter: $filter, orderBy: $orderBy, first: $first, after: $after, last: $last, before: $before) {\n      totalCount\n      edges { cursor distanceMeters node { id } }\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchOrganizationResources($id: ID!, $after: String) {\n    organization(id: $id) { resources(first: 1, after: $after) { edges { cursor } } }\n  }\n"): (typeof documents)["\n  query SearchOrganizationResources($id: ID!, $after: String) {\n    organization(id: $id) { resources(first: 1, after: $after) { edges { cursor } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchFind($filter: ResourceFilter, $orderBy: ResourceOrder, $first: Int, $after: String) {\n    resources(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      edges { distanceMeters node { id title status location { lat lng } } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"): (typeof documents)["\n  query SearchFind($filter: ResourceFilter, $orderBy: ResourceOrder, $first: Int, $after: String) {\n    resources(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      edges { distanceMeters node { id title status location { lat lng } } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchLatest($filter: ResourceFilter) {\n    resources(filter: $filter) { edges { node { id latestAvailability { freeCount observedAt } } } }\n  }\n"): (typeof documents)["\n  query SearchLatest($filter: ResourceFilter) {\n    resources(filter: $filter) { edges { node { id latestAvailability { freeCount observedAt } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SearchCreate($input: CreateResourceInput!) {\n    createResource(input: $input) { resource { id } userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation SearchCreate($input: CreateResourceInput!) {\n    createResource(input: $input) { resource { id } userErrors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SearchPublish($input: ResourceStatusInput!) { publishResource(input: $input) { resource { status } userErrors { code } } }\n"): (typeof documents)["\n  mutation SearchPublish($input: ResourceStatusInput!) { publishResource(input: $input) { resource { status } userErrors { code } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SearchPause($input: ResourceStatusInput!) { pauseResource(input: $input) { resource { status } userErrors { code } } }\n"): (typeof documents)["\n  mutation SearchPause($input: ResourceStatusInput!) { pauseResource(input: $input) { resource { status } userErrors { code } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SearchReport($input: ReportAvailabilityInput!) { reportAvailability(input: $input) { userErrors { code } } }\n"): (typeof documents)["\n  mutation SearchReport($input: ReportAvailabilityInput!) { reportAvailability(input: $input) { userErrors { code } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResCreate($input: CreateResourceInput!) {\n    createResource(input: $input) {\n      resource {\n        id kind status accessMode capacity version audiences publishedAt location { lat lng } area { id } organization { id }\n        windows { days dayType start end }\n      }\n      userErrors { code field message }\n    }\n  }\n"): (typeof documents)["\n  mutation ResCreate($input: CreateResourceInput!) {\n    createResource(input: $input) {\n      resource {\n        id kind status accessMode capacity version audiences publishedAt location { lat lng } area { id } organization { id }\n        windows { days dayType start end }\n      }\n      userErrors { code field message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResUpdate($input: UpdateResourceInput!) {\n    updateResource(input: $input) { resource { id version title capacity } userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation ResUpdate($input: UpdateResourceInput!) {\n    updateResource(input: $input) { resource { id version title capacity } userErrors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResPublish($input: ResourceStatusInput!) {\n    publishResource(input: $input) { resource { id status version publishedAt } userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation ResPublish($input: ResourceStatusInput!) {\n    publishResource(input: $input) { resource { id status version publishedAt } userErrors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResPause($input: ResourceStatusInput!) {\n    pauseResource(input: $input) { resource { id status version publishedAt } userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation ResPause($input: ResourceStatusInput!) {\n    pauseResource(input: $input) { resource { id status version publishedAt } userErrors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResWithdraw($input: ResourceStatusInput!) {\n    withdrawResource(input: $input) { resource { id status version publishedAt } userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation ResWithdraw($input: ResourceStatusInput!) {\n    withdrawResource(input: $input) { resource { id status version publishedAt } userErrors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ResRead($id: ID!) { resource(id: $id) { id status version title capacity } }"): (typeof documents)["query ResRead($id: ID!) { resource(id: $id) { id status version title capacity } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResSeen($id: ID!, $org: ID!) {\n    resource(id: $id) { id }\n    node(id: $id) { id }\n    organization(id: $org) { resources(statuses: [DRAFT]) { totalCount edges { node { id } } } }\n  }\n"): (typeof documents)["\n  query ResSeen($id: ID!, $org: ID!) {\n    resource(id: $id) { id }\n    node(id: $id) { id }\n    organization(id: $org) { resources(statuses: [DRAFT]) { totalCount edges { node { id } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ResStamps($id: ID!) { resource(id: $id) { createdAt updatedAt } }"): (typeof documents)["query ResStamps($id: ID!) { resource(id: $id) { createdAt updatedAt } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ResCount($org: ID!) { organization(id: $org) { resources { totalCount } } }"): (typeof documents)["query ResCount($org: ID!) { organization(id: $org) { resources { totalCount } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SeedTree {\n    district { name kind children(first: 10) { totalCount } }\n    streets: areas(kind: STREET) { totalCount }\n    communities: areas(kind: COMMUNITY) { totalCount }\n    grids: areas(kind: GRID) { totalCount }\n    buildings: areas(kind: BUILDING) { totalCount }\n    units: organizations(kinds: [AGENCY, SCHOOL, HOSPITAL, COMPANY, SOCIAL_ORGANIZATION]) { totalCount }\n    departments: organizations(kinds: [DEPARTMENT]) { totalCount }\n    organizations { totalCount }\n  }\n"): (typeof documents)["\n  query SeedTree {\n    district { name kind children(first: 10) { totalCount } }\n    streets: areas(kind: STREET) { totalCount }\n    communities: areas(kind: COMMUNITY) { totalCount }\n    grids: areas(kind: GRID) { totalCount }\n    buildings: areas(kind: BUILDING) { totalCount }\n    units: organizations(kinds: [AGENCY, SCHOOL, HOSPITAL, COMPANY, SOCIAL_ORGANIZATION]) { totalCount }\n    departments: organizations(kinds: [DEPARTMENT]) { totalCount }\n    organizations { totalCount }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SeedStatistics { district { resourceStatistics { kind resourceCount totalCapacity } } }\n"): (typeof documents)["\n  query SeedStatistics { district { resourceStatistics { kind resourceCount totalCapacity } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SeedStreetStatistics {\n    district { resourceStatistics { kind resourceCount totalCapacity } }\n    streets: areas(kind: STREET) { edges { node { name resourceStatistics { kind resourceCount totalCapacity } } } }\n  }\n"): (typeof documents)["\n  query SeedStreetStatistics {\n    district { resourceStatistics { kind resourceCount totalCapacity } }\n    streets: areas(kind: STREET) { edges { node { name resourceStatistics { kind resourceCount totalCapacity } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SeedVolunteerFigures {\n    district {\n      volunteerStatistics {\n        total byStatus { status count } approved partyMembers inService retired reportedByUnits teams unitsReported\n        byEmployer(first: 500) { members }\n      }\n    }\n    streets: areas(kind: STREET) { edges { node { volunteerStatistics { total approved teams } } } }\n  }\n"): (typeof documents)["\n  query SeedVolunteerFigures {\n    district {\n      volunteerStatistics {\n        total byStatus { status count } approved partyMembers inService retired reportedByUnits teams unitsReported\n        byEmployer(first: 500) { members }\n      }\n    }\n    streets: areas(kind: STREET) { edges { node { volunteerStatistics { total approved teams } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SeedHolidays { holidays(from: \"2026-01-01\", to: \"2027-12-31\") { date kind name } }\n"): (typeof documents)["\n  query SeedHolidays { holidays(from: \"2026-01-01\", to: \"2027-12-31\") { date kind name } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VolStatistics($id: ID!, $first: Int) {\n    area(id: $id) {\n      volunteerStatistics {\n        total byStatus { status count } approved partyMembers inService retired reportedByUnits teams unitsReported\n        byEmployer(first: $first) { organization { id name } members partyMembers }\n      }\n    }\n  }\n"): (typeof documents)["\n  query VolStatistics($id: ID!, $first: Int) {\n    area(id: $id) {\n      volunteerStatistics {\n        total byStatus { status count } approved partyMembers inService retired reportedByUnits teams unitsReported\n        byEmployer(first: $first) { organization { id name } members partyMembers }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VolStreetStatistics {\n    areas(kind: STREET, first: 50) {\n      edges { node { volunteerStatistics { total approved teams unitsReported byEmployer { members organization { name } } } } }\n    }\n  }\n"): (typeof documents)["\n  query VolStreetStatistics {\n    areas(kind: STREET, first: 50) {\n      edges { node { volunteerStatistics { total approved teams unitsReported byEmployer { members organization { name } } } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query VolStreetsOnly { areas(kind: STREET, first: 50) { edges { node { id } } } }"): (typeof documents)["query VolStreetsOnly { areas(kind: STREET, first: 50) { edges { node { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AgrCreate($input: CreateAgreementDraftInput!) {\n    createAgreementDraft(input: $input) { agreement { ...AgrFields } userErrors { code field message } }\n  }\n  fragment AgrFields on SharingAgreement {\n    id status recordedStatus version title terms startDate endDate proposedBy proposedAt signedAt\n    signatures { party signedBy }\n    items { committedQuantity resource { id } windows { days dayType start end } }\n  }\n"): (typeof documents)["\n  mutation AgrCreate($input: CreateAgreementDraftInput!) {\n    createAgreementDraft(input: $input) { agreement { ...AgrFields } userErrors { code field message } }\n  }\n  fragment AgrFields on SharingAgreement {\n    id status recordedStatus version title terms startDate endDate proposedBy proposedAt signedAt\n    signatures { party signedBy }\n    items { committedQuantity resource { id } windows { days dayType start end } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AgrUpdate($input: UpdateAgreementDraftInput!) {\n    updateAgreementDraft(input: $input) { agreement { ...AgrFields } userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation AgrUpdate($input: UpdateAgreementDraftInput!) {\n    updateAgreementDraft(input: $input) { agreement { ...AgrFields } userErrors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AgrDiscard($input: AgreementInput!) {\n    discardAgreementDraft(input: $input) { discardedAgreementId userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation AgrDiscard($input: AgreementInput!) {\n    discardAgreementDraft(input: $input) { discardedAgreementId userErrors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AgrPropose($input: AgreementInput!) {\n    proposeAgreement(input: $input) { agreement { ...AgrFields } userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation AgrPropose($input: AgreementInput!) {\n    proposeAgreement(input: $input) { agreement { ...AgrFields } userErrors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AgrSign($input: AgreementInput!) {\n    signAgreement(input: $input) { agreement { ...AgrFields } userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation AgrSign($input: AgreementInput!) {\n    signAgreement(input: $input) { agreement { ...AgrFields } userErrors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AgrReject($input: AgreementReasonInput!) {\n    rejectAgreement(input: $input) { agreement { ...AgrFields } userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation AgrReject($input: AgreementReasonInput!) {\n    rejectAgreement(input: $input) { agreement { ...AgrFields } userErrors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AgrWithdraw($input: AgreementReasonInput!) {\n    withdrawAgreementProposal(input: $input) { agreement { ...AgrFields } userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation AgrWithdraw($input: AgreementReasonInput!) {\n    withdrawAgreementProposal(input: $input) { agreement { ...AgrFields } userErrors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AgrSuspend($input: AgreementReasonInput!) {\n    suspendAgreement(input: $input) { agreement { ...AgrFields } userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation AgrSuspend($input: AgreementReasonInput!) {\n    suspendAgreement(input: $input) { agreement { ...AgrFields } userErrors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AgrResume($input: AgreementReasonInput!) {\n    resumeAgreement(input: $input) { agreement { ...AgrFields } userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation AgrResume($input: AgreementReasonInput!) {\n    resumeAgreement(input: $input) { agreement { ...AgrFields } userErrors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AgrTerminate($input: AgreementReasonInput!) {\n    terminateAgreement(input: $input) { agreement { ...AgrFields } userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation AgrTerminate($input: AgreementReasonInput!) {\n    terminateAgreement(input: $input) { agreement { ...AgrFields } userErrors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AgrRead($id: ID!) {\n    agreement(id: $id) {\n      ...AgrFields\n      history { action fromStatus toStatus party actor { id role } reason at }\n    }\n  }\n"): (typeof documents)["\n  query AgrRead($id: ID!) {\n    agreement(id: $id) {\n      ...AgrFields\n      history { action fromStatus toStatus party actor { id role } reason at }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AgrSharedWith($area: ID!) { resources(filter: { sharedWith: $area }, first: 100) { edges { node { id } } } }\n"): (typeof documents)["\n  query AgrSharedWith($area: ID!) { resources(filter: { sharedWith: $area }, first: 100) { edges { node { id } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KitRegisterOrganization($input: RegisterOrganizationInput!) {\n    registerOrganization(input: $input) { organization { id version } userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation KitRegisterOrganization($input: RegisterOrganizationInput!) {\n    registerOrganization(input: $input) { organization { id version } userErrors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KitCreateResource($input: CreateResourceInput!) {\n    createResource(input: $input) { resource { id version status } userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation KitCreateResource($input: CreateResourceInput!) {\n    createResource(input: $input) { resource { id version status } userErrors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KitPublishResource($input: ResourceStatusInput!) {\n    publishResource(input: $input) { resource { id version status } userErrors { code } }\n  }\n"): (typeof documents)["\n  mutation KitPublishResource($input: ResourceStatusInput!) {\n    publishResource(input: $input) { resource { id version status } userErrors { code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KitEventsOf($id: ID!) {\n    events(filter: { subjectIds: [$id] }, first: 500) { edges { node { type data } } }\n  }\n"): (typeof documents)["\n  query KitEventsOf($id: ID!) {\n    events(filter: { subjectIds: [$id] }, first: 500) { edges { node { type data } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DemKitPost($input: PostDemandInput!) {\n    postDemand(input: $input) { demand { id status version } userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation DemKitPost($input: PostDemandInput!) {\n    postDemand(input: $input) { demand { id status version } userErrors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DemKitPlace($input: DemandIdInput!) {\n    placeDemand(input: $input) { demand { id status version } userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation DemKitPlace($input: DemandIdInput!) {\n    placeDemand(input: $input) { demand { id status version } userErrors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DemKitOpenList($input: OpenDemandListInput!) {\n    openDemandList(input: $input) { demandList { id status } userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation DemKitOpenList($input: OpenDemandListInput!) {\n    openDemandList(input: $input) { demandList { id status } userErrors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DemKitMoveList($input: DemandListStatusInput!, $submit: Boolean!, $publish: Boolean!, $close: Boolean!) {\n    submitDemandList(input: $input) @include(if: $submit) { demandList { id status } userErrors { code } }\n    publishDemandList(input: $input) @include(if: $publish) { demandList { id status } userErrors { code } }\n    closeDemandList(input: $input) @include(if: $close) { demandList { id status } userErrors { code } }\n  }\n"): (typeof documents)["\n  mutation DemKitMoveList($input: DemandListStatusInput!, $submit: Boolean!, $publish: Boolean!, $close: Boolean!) {\n    submitDemandList(input: $input) @include(if: $submit) { demandList { id status } userErrors { code } }\n    publishDemandList(input: $input) @include(if: $publish) { demandList { id status } userErrors { code } }\n    closeDemandList(input: $input) @include(if: $close) { demandList { id status } userErrors { code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DemKitState($id: ID!) {\n    demand(id: $id) {\n      status version title quantity placedBy placedAt takenByAccount takenAt cancelReason takenBy { id }\n      history { action fromStatus toStatus actor { id role } reason }\n    }\n  }\n"): (typeof documents)["\n  query DemKitState($id: ID!) {\n    demand(id: $id) {\n      status version title quantity placedBy placedAt takenByAccount takenAt cancelReason takenBy { id }\n      history { action fromStatus toStatus actor { id role } reason }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DemKitListState($id: ID!) {\n    demandList(id: $id) { status submittedAt publishedAt closedAt history { action fromStatus toStatus actor { id role } reason } }\n  }\n"): (typeof documents)["\n  query DemKitListState($id: ID!) {\n    demandList(id: $id) { status submittedAt publishedAt closedAt history { action fromStatus toStatus actor { id role } reason } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MatKitRun($input: RunMatchingInput!) {\n    runMatching(input: $input) {\n      run { id kinds demandsServed quantityServed quantityUnmet objective proposedCount supersededCount timeTakenMs\n            fillRateByCommunity { communityId quantity served fillRate } actor { id role } }\n      userErrors { code field message }\n    }\n  }\n"): (typeof documents)["\n  mutation MatKitRun($input: RunMatchingInput!) {\n    runMatching(input: $input) {\n      run { id kinds demandsServed quantityServed quantityUnmet objective proposedCount supersededCount timeTakenMs\n            fillRateByCommunity { communityId quantity served fillRate } actor { id role } }\n      userErrors { code field message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MatKitMatches($filter: MatchFilter) {\n    matches(filter: $filter, first: 100) {\n      edges { node { id status quantity score explanation atRisk demand { id } resource { id } agreement { id } } }\n    }\n  }\n"): (typeof documents)["\n  query MatKitMatches($filter: MatchFilter) {\n    matches(filter: $filter, first: 100) {\n      edges { node { id status quantity score explanation atRisk demand { id } resource { id } agreement { id } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PrjKitPropose($input: ProposeProjectInput!) {\n    proposeProject(input: $input) { project { id status version } userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation PrjKitPropose($input: ProposeProjectInput!) {\n    proposeProject(input: $input) { project { id status version } userErrors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PrjKitApprove($input: ApproveProjectInput!) {\n    approveProject(input: $input) { project { id status } userErrors { code } }\n  }\n"): (typeof documents)["\n  mutation PrjKitApprove($input: ApproveProjectInput!) {\n    approveProject(input: $input) { project { id status } userErrors { code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PrjKitAdvance($input: AdvanceProjectInput!) {\n    advanceProject(input: $input) { project { id status } userErrors { code } }\n  }\n"): (typeof documents)["\n  mutation PrjKitAdvance($input: AdvanceProjectInput!) {\n    advanceProject(input: $input) { project { id status } userErrors { code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PrjKitCancel($input: CancelProjectInput!) {\n    cancelProject(input: $input) { project { id status } userErrors { code } }\n  }\n"): (typeof documents)["\n  mutation PrjKitCancel($input: CancelProjectInput!) {\n    cancelProject(input: $input) { project { id status } userErrors { code } }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;