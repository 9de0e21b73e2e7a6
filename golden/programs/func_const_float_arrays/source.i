# 1 "func_const_float_arrays.sy"
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
# 1 "func_const_float_arrays.sy" 2


const int N = 5;
const float COEFF[N] = {1, 0.5, 0.25, 0.125, 0x1p-4};
const float GRID[2][N - 2] = {{1.5, -2}, {3}};
const float PI = 3.14159274, R2 = 2.5 * 2.5;
float samples[N] = {1, 2, 3};
int rounded[N];

float horner(float c[], int n, float x) {
  float s = 0;
  int i = n - 1;
  while (i >= 0) {
    s = s * x + c[i];
    i = i - 1;
  }
  return s;
}

int main() {
  const float LOCAL[3] = {PI, -PI, R2};
  const float MIXED[2][2] = {{1, 2.75}, {-3, 7 / 2}};
  float coeff[N];
  int i = 0;
  while (i < N) {
    coeff[i] = COEFF[i];
    rounded[i] = COEFF[i] * 100;
    samples[i] = samples[i] + rounded[i];
    i = i + 1;
  }
  putarray(N, rounded);
  putfarray(N, samples);
  putfloat(horner(coeff, N, 2));
  putch(32);
  putfloat(horner(coeff, N, -1));
  putch(10);
  float area = LOCAL[0] * R2;
  int area_int = area;
  int neg = LOCAL[1] * 10;
  putf("area=%f int=%d neg=%d\n", area, area_int, neg);
  i = 0;
  while (i < 2) {
    int j = 0;
    while (j < 2) {
      int t = MIXED[i][j];
      putint(t);
      putch(32);
      putfloat(MIXED[i][j] + GRID[i][j]);
      putch(10);
      j = j + 1;
    }
    i = i + 1;
  }
  int idx = COEFF[1] * 4;
  return rounded[idx] + neg;
}
