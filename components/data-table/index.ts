export { DataTable, FixedColumnTable, type DataTableEmpty, type DataTableProps } from './data-table';
export { DataTableFooter, type DataTableFooterProps } from './data-table-footer';
export { DataTableToolbar, DebouncedSearchInput, SEARCH_DEBOUNCE_MS, type DataTableFilter, type DataTableToolbarProps } from './data-table-toolbar';
export { AUTO_REFRESH_MS, AutoRefreshToggle, RefreshButton, useAutoRefresh, type AutoRefreshToggleProps, type Refetchable, type RefreshButtonProps } from './refresh-button';
export { useListQuery, type ListController, type UseListQueryOptions } from './use-list-query';
export { fetchList, type ListResponse, type PageInfo } from './fetch-list';
export { createDataTableColumnHelper, dataTableFeatures, type DataTableColumn, type DataTableColumnMeta, type DataTableFeatures } from './columns';
export {
  DEFAULT_PAGE_SIZE,
  MAX_PAGE_SIZE,
  PAGE_SIZES,
  applyListPatch,
  nextSort,
  parseSort,
  rangeText,
  readListState,
  toEndpointParams,
  type ListDefaults,
  type ListPatch,
  type ListState,
  type ListStateOptions,
  type SortState,
} from './list-state';
