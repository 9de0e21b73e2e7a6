# 1 "func_const_sized_global_arrays.sy"
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
# 1 "func_const_sized_global_arrays.sy" 2


const int N = 4;
const int M = N * 2 + 1;
const int HALF = M / 2, REM = M % N;
int counts[N];
int grid[M][N];
int wide[N * 2 + 1];
int cube[2][N - 1][REM + 1];
float weights[N + 1] = {0.5, 1.5};
int primes[N * N - N] = {2, 3, 5, 7, 11};
int table[HALF][N] = {{1, 2}, {3}, 4, 5, 6};
const int STEP[N] = {1, -1, 2, -2};
const int LIMIT[2][N] = {{10, 20, 30, 40}, {5}};
const float SCALE[N] = {0.25, 0.5, 1, 2};

int main() {
  int i = 0;
  while (i < M) {
    int j = 0;
    while (j < N) {
      grid[i][j] = i * N + j;
      counts[j] = counts[j] + grid[i][j] % 3;
      j = j + 1;
    }
    i = i + 1;
  }
  putarray(N, counts);
  putarray(N, grid[M - 1]);
  i = 0;
  while (i < N * 2 + 1) {
    wide[i] = STEP[i % N] * i;
    i = i + 1;
  }
  putarray(N * 2 + 1, wide);
  int k = 0;
  i = 0;
  while (i < 2) {
    int j = 0;
    while (j < N - 1) {
      int l = 0;
      while (l < REM + 1) {
        cube[i][j][l] = k * (l + 1);
        k = k + LIMIT[i][j] + l;
        l = l + 1;
      }
      j = j + 1;
    }
    i = i + 1;
  }
  putarray(REM + 1, cube[1][N - 2]);
  putarray(N * N - N, primes);
  i = 0;
  while (i < HALF) {
    putarray(N, table[i]);
    i = i + 1;
  }
  float total = 0;
  i = 0;
  while (i < N) {
    weights[N] = weights[N] + SCALE[i] * weights[i % 2];
    total = total + SCALE[i] * STEP[i];
    i = i + 1;
  }
  putfarray(N + 1, weights);
  putfloat(total);
  putch(10);
  putf("N=%d M=%d HALF=%d REM=%d last=%d\n", N, M, HALF, REM, cube[1][N - 2][REM]);
  return grid[HALF][REM] + LIMIT[1][0];
}
