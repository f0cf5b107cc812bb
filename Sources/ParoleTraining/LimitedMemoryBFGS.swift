import Foundation

/// Minimises a smooth function of many variables by limited-memory BFGS: each step goes along
/// the gradient corrected by the last few steps' changes of position and gradient (an estimate
/// of the inverse curvature), as far as a backtracking line search finds the function decrease
/// enough. Every operation runs in a fixed order, so the result is deterministic.
public struct LimitedMemoryBFGS: Sendable {
    /// The number of past steps the curvature estimate keeps.
    public var memory = 10
    /// The most steps taken.
    public var maxIterations = 500
    /// Stop when the largest component of the gradient is below this.
    public var gradientTolerance = 1e-6
    /// Stop when a step lowers the function by less than this share of its value.
    public var relativeDecrease = 1e-10

    /// A minimiser with the default settings.
    public init() {}

    /// The point near `start` where `objective` is least. `objective` returns the value and
    /// the gradient at a point.
    public func minimize(
        from start: [Double], _ objective: ([Double]) -> (value: Double, gradient: [Double])
    ) -> [Double] {
        var x = start
        var (value, gradient) = objective(x)
        var steps: [[Double]] = []
        var changes: [[Double]] = []
        var curvatures: [Double] = []
        for _ in 0..<maxIterations {
            if (gradient.map(abs).max() ?? 0) < gradientTolerance { break }
            var direction = descentDirection(gradient, steps: steps, changes: changes, curvatures: curvatures)
            var slope = dot(direction, gradient)
            if slope >= 0 {
                // The estimate lost its way: start again from the plain gradient.
                direction = gradient.map { -$0 }
                slope = dot(direction, gradient)
                steps.removeAll()
                changes.removeAll()
                curvatures.removeAll()
            }
            var length = steps.isEmpty ? 1 / max(1, direction.map(abs).max() ?? 1) : 1
            var next: (x: [Double], value: Double, gradient: [Double])? = nil
            for _ in 0..<40 {
                let candidate = zip(x, direction).map { $0 + length * $1 }
                let (v, g) = objective(candidate)
                if v <= value + 1e-4 * length * slope {
                    next = (candidate, v, g)
                    break
                }
                length /= 2
            }
            guard let next else { break }
            let step = zip(next.x, x).map { $0 - $1 }
            let change = zip(next.gradient, gradient).map { $0 - $1 }
            let curvature = dot(step, change)
            let decrease = value - next.value
            (x, value, gradient) = (next.x, next.value, next.gradient)
            if curvature > 1e-12 {
                steps.append(step)
                changes.append(change)
                curvatures.append(curvature)
                if steps.count > memory {
                    steps.removeFirst()
                    changes.removeFirst()
                    curvatures.removeFirst()
                }
            }
            if decrease <= relativeDecrease * max(1, abs(value)) { break }
        }
        return x
    }

    /// The two-loop recursion: minus the gradient times the estimated inverse curvature.
    private func descentDirection(
        _ gradient: [Double], steps: [[Double]], changes: [[Double]], curvatures: [Double]
    ) -> [Double] {
        var q = gradient
        var alphas = [Double](repeating: 0, count: steps.count)
        for i in steps.indices.reversed() {
            alphas[i] = dot(steps[i], q) / curvatures[i]
            for j in q.indices { q[j] -= alphas[i] * changes[i][j] }
        }
        if let last = steps.indices.last {
            let scale = curvatures[last] / dot(changes[last], changes[last])
            for j in q.indices { q[j] *= scale }
        }
        for i in steps.indices {
            let beta = dot(changes[i], q) / curvatures[i]
            for j in q.indices { q[j] += (alphas[i] - beta) * steps[i][j] }
        }
        return q.map { -$0 }
    }

    private func dot(_ a: [Double], _ b: [Double]) -> Double {
        var sum = 0.0
        for i in a.indices { sum += a[i] * b[i] }
        return sum
    }
}
