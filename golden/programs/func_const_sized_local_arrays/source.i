# 1 "func_const_sized_local_arrays.sy"
# 1 "<built-in>" 1
# 1 "<built-in>" 3
# 361 "<built-in>" 3
# 1 "<command line>" 1
# 1 "<built-in>" 2
# 1 "./sylib.h" 1



int getint(void);
int getch(void);
float getfloat(void);
int getarray(int a[]);
int getfarray(float a[]);
void putint(int a);
void putch(int a);
void putfloat(float a);
void putarray(int n, int a[]);
void putfarray(int n, float a[]);
void putf(char a[], ...);
void starttime(void);
void stoptime(void);
# 2 "<built-in>" 2
# 1 "func_const_sized_local_arrays.sy" 2



const int N = 4;
const int K = N - 1;

void fill(int a[], int n, int first, int step) {
  int i = 0;
  while (i < n) {
    a[i] = first + i * step;
    i = i + 1;
  }
}

int row_sums(int m[][N], int rows, int out[]) {
  int i = 0, total = 0;
  while (i < rows) {
    int j = 0;
    out[i] = 0;
    while (j < N) {
      out[i] = out[i] + m[i][j];
      j = j + 1;
    }
    total = total + out[i];
    i = i + 1;
  }
  return total;
}

int trace3(int c[][K][2], int n) {
  int i = 0, s = 0;
  while (i < n) {
    s = s + c[i][i % K][i % 2];
    i = i + 1;
  }
  return s;
}

float dot(float a[], float b[][N + 1], int row) {
  int i = 0;
  float s = 0;
  while (i < N + 1) {
    s = s + a[i] * b[row][i];
    i = i + 1;
  }
  return s;
}

int main() {
  const int R = K * 2;
  int plain[N];
  int grid[R][N];
  int vol[N][K][2];
  int sums[R];
  int seeds[N * 2 + 1] = {3, 1, 4, 1, 5};
  int empty[K][N] = {};
  int partial[R][N] = {{1}, {2, 3}, 4, 5};
  float fv[N + 1] = {0.5, 1, 1.5};
  float fm[2][N + 1] = {{1, 2, 3, 4, 5}, {-1}};
  fill(plain, N, 10, -3);
  putarray(N, plain);
  int i = 0;
  while (i < R) {
    fill(grid[i], N, seeds[i % (N * 2 + 1)], i);
    i = i + 1;
  }
  putint(row_sums(grid, R, sums));
  putch(32);
  putarray(R, sums);
  putint(row_sums(partial, R, sums));
  putch(32);
  putarray(R, sums);
  putint(row_sums(empty, K, sums));
  putch(10);
  i = 0;
  while (i < N) {
    int j = 0;
    while (j < K) {
      vol[i][j][0] = i * 10 + j;
      vol[i][j][1] = -vol[i][j][0];
      j = j + 1;
    }
    i = i + 1;
  }
  putint(trace3(vol, N));
  putch(10);
  putarray(N * 2 + 1, seeds);
  putfloat(dot(fv, fm, 0));
  putch(32);
  putfloat(dot(fm[0], fm, 1));
  putch(10);
  return sums[0] + plain[N - 1] + R;
}
