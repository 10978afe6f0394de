package org.spatiallift.engine.frame;

import org.spatiallift.engine.geom.Vec3;

/**
 * Eigen-decomposition of a symmetric 3x3 matrix A = V·diag(λ)·Vᵀ by the cyclic Jacobi method: plane rotations
 * zero the off-diagonal entries one at a time (Golub &amp; Van Loan, "Matrix Computations", §8.5) until they are
 * negligible against the diagonal. Eigenvalues ascending, eigenvectors unit length and orthogonal.
 *
 * @param values  λ0 ≤ λ1 ≤ λ2
 * @param vectors the matching unit eigenvectors v0, v1, v2
 */
public record SymmetricEigen3(double[] values, Vec3[] vectors) {

    private static final int MAX_SWEEPS = 32;

    /** Decomposes the symmetric matrix with upper triangle a00 a01 a02 / a11 a12 / a22. */
    public static SymmetricEigen3 of(double a00, double a01, double a02, double a11, double a12, double a22) {
        double[][] a = {{a00, a01, a02}, {a01, a11, a12}, {a02, a12, a22}};
        double[][] v = {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}};
        for (int sweep = 0; sweep < MAX_SWEEPS; sweep++) {
            double off = Math.abs(a[0][1]) + Math.abs(a[0][2]) + Math.abs(a[1][2]);
            double diag = Math.abs(a[0][0]) + Math.abs(a[1][1]) + Math.abs(a[2][2]);
            if (off <= 1e-15 * diag || off == 0) {
                break;
            }
            rotate(a, v, 0, 1);
            rotate(a, v, 0, 2);
            rotate(a, v, 1, 2);
        }
        int[] order = {0, 1, 2};
        for (int i = 0; i < 2; i++) {
            for (int j = 0; j < 2 - i; j++) {
                if (a[order[j]][order[j]] > a[order[j + 1]][order[j + 1]]) {
                    int t = order[j];
                    order[j] = order[j + 1];
                    order[j + 1] = t;
                }
            }
        }
        double[] values = new double[3];
        Vec3[] vectors = new Vec3[3];
        for (int i = 0; i < 3; i++) {
            int c = order[i];
            values[i] = a[c][c];
            vectors[i] = new Vec3(v[0][c], v[1][c], v[2][c]).normalized();
        }
        return new SymmetricEigen3(values, vectors);
    }

    /** The unit eigenvector of the smallest eigenvalue (for a covariance matrix: the plane normal of PCA). */
    public Vec3 smallestVector() {
        return vectors[0];
    }

    /** One Jacobi rotation in the (p, q) plane that zeroes a[p][q]; accumulates it into v's columns. */
    private static void rotate(double[][] a, double[][] v, int p, int q) {
        double apq = a[p][q];
        if (apq == 0) {
            return;
        }
        double theta = (a[q][q] - a[p][p]) / (2 * apq);
        double t = Math.signum(theta) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        if (theta == 0) {
            t = 1;
        }
        double c = 1 / Math.sqrt(t * t + 1), s = t * c;
        for (int k = 0; k < 3; k++) {
            double akp = a[k][p], akq = a[k][q];
            a[k][p] = c * akp - s * akq;
            a[k][q] = s * akp + c * akq;
        }
        for (int k = 0; k < 3; k++) {
            double apk = a[p][k], aqk = a[q][k];
            a[p][k] = c * apk - s * aqk;
            a[q][k] = s * apk + c * aqk;
        }
        for (int k = 0; k < 3; k++) {
            double vkp = v[k][p], vkq = v[k][q];
            v[k][p] = c * vkp - s * vkq;
            v[k][q] = s * vkp + c * vkq;
        }
    }
}
