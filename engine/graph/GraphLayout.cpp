#include "engine/graph/GraphLayout.h"

#include <igraph.h>

#include <algorithm>
#include <cmath>
#include <mutex>

#include "querverweis/Error.h"

namespace querverweis {

namespace {

constexpr double kExtent = 1000;
constexpr igraph_integer_t kSeed = 20240601;

// igraph aborts the process on an error unless told otherwise; the engine reports errors.
void check(igraph_error_t status, const char* call) {
  if (status != IGRAPH_SUCCESS) {
    throw Error(ErrorKind::Io,
                std::string("graph layout: ") + call + " failed: " + igraph_strerror(status));
  }
}

// Owns igraph's C objects for the length of one layout.
struct IgraphLayout {
  igraph_t graph{};
  igraph_vector_int_t edges{};
  igraph_vector_t weights{};
  igraph_matrix_t positions{};
  bool graphMade = false;

  IgraphLayout() {
    igraph_vector_int_init(&edges, 0);
    igraph_vector_init(&weights, 0);
    igraph_matrix_init(&positions, 0, 0);
  }
  ~IgraphLayout() {
    if (graphMade) {
      igraph_destroy(&graph);
    }
    igraph_matrix_destroy(&positions);
    igraph_vector_destroy(&weights);
    igraph_vector_int_destroy(&edges);
  }
  IgraphLayout(const IgraphLayout&) = delete;
  IgraphLayout& operator=(const IgraphLayout&) = delete;
};

// Scales the points into [0, kExtent] with their aspect ratio kept.
std::vector<GraphPoint> normalised(std::vector<GraphPoint> points) {
  if (points.empty()) {
    return points;
  }
  auto [minX, maxX] =
      std::minmax_element(points.begin(), points.end(), [](auto& a, auto& b) { return a.x < b.x; });
  auto [minY, maxY] =
      std::minmax_element(points.begin(), points.end(), [](auto& a, auto& b) { return a.y < b.y; });
  const double left = minX->x;
  const double top = minY->y;
  const double span = std::max({maxX->x - left, maxY->y - top, 1e-9});
  for (GraphPoint& point : points) {
    point.x = std::round((point.x - left) / span * kExtent * 10) / 10;
    point.y = std::round((point.y - top) / span * kExtent * 10) / 10;
  }
  return points;
}

}  // namespace

std::vector<GraphPoint> layoutGraph(const ConceptGraph& graph, const LayoutOptions& options) {
  static std::mutex igraphMutex;
  std::lock_guard<std::mutex> lock(igraphMutex);
  igraph_set_error_handler(igraph_error_handler_ignore);
  igraph_set_warning_handler(igraph_warning_handler_ignore);

  const auto nodes = static_cast<igraph_integer_t>(graph.nodes().size());
  if (nodes == 0) {
    return {};
  }
  IgraphLayout layout;
  for (const GraphEdge& edge : graph.edges()) {
    check(igraph_vector_int_push_back(&layout.edges, static_cast<igraph_integer_t>(edge.source)),
          "igraph_vector_int_push_back");
    check(igraph_vector_int_push_back(&layout.edges, static_cast<igraph_integer_t>(edge.target)),
          "igraph_vector_int_push_back");
    check(igraph_vector_push_back(&layout.weights, edge.weight), "igraph_vector_push_back");
  }
  check(igraph_create(&layout.graph, &layout.edges, nodes, IGRAPH_UNDIRECTED), "igraph_create");
  layout.graphMade = true;
  igraph_rng_seed(igraph_rng_default(), kSeed);
  // Beyond a thousand nodes the grid variant computes repulsion only between near nodes: close
  // to linear time, which keeps 20,000 entries at a few seconds.
  igraph_layout_grid_t grid = nodes > 1000 ? IGRAPH_LAYOUT_GRID : IGRAPH_LAYOUT_NOGRID;
  check(igraph_layout_fruchterman_reingold(&layout.graph, &layout.positions, false,
                                           static_cast<igraph_integer_t>(options.iterations),
                                           std::sqrt(static_cast<double>(nodes)) / 10, grid,
                                           graph.edges().empty() ? nullptr : &layout.weights,
                                           nullptr, nullptr, nullptr, nullptr),
        "igraph_layout_fruchterman_reingold");
  std::vector<GraphPoint> points(static_cast<std::size_t>(nodes));
  for (igraph_integer_t i = 0; i < nodes; ++i) {
    points[static_cast<std::size_t>(i)] = {MATRIX(layout.positions, i, 0),
                                           MATRIX(layout.positions, i, 1)};
  }
  return normalised(std::move(points));
}

}  // namespace querverweis
