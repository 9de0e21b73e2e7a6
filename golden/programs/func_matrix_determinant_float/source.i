# 1 "func_matrix_determinant_float.sy"
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
# 1 "func_matrix_determinant_float.sy" 2

float m[4][4] = {{2.0, -1.0, 0.0, 3.0}, {4.0, 1.0, -2.0, 0.5}, {-2.0, 5.0, 1.0, 1.0}, {1.0, 0.0, 3.0, -1.0}};
float rhs[4] = {1.0, 2.0, 3.0, 4.0};
float sol[4];

float fabs_f(float x) {
  if (x < 0.0) return -x;
  return x;
}

float solve(int n) {
  float det = 1.0;
  int col = 0;
  while (col < n) {
    int piv = col, r = col + 1;
    while (r < n) {
      if (fabs_f(m[r][col]) > fabs_f(m[piv][col])) piv = r;
      r = r + 1;
    }
    if (piv != col) {
      int k = 0;
      while (k < n) {
        float t = m[col][k];
        m[col][k] = m[piv][k];
        m[piv][k] = t;
        k = k + 1;
      }
      float t2 = rhs[col];
      rhs[col] = rhs[piv];
      rhs[piv] = t2;
      det = -det;
    }
    det = det * m[col][col];
    r = col + 1;
    while (r < n) {
      float f = m[r][col] / m[col][col];
      int k = col;
      while (k < n) {
        m[r][k] = m[r][k] - f * m[col][k];
        k = k + 1;
      }
      rhs[r] = rhs[r] - f * rhs[col];
      r = r + 1;
    }
    col = col + 1;
  }
  int i = n - 1;
  while (i >= 0) {
    float s = rhs[i];
    int k = i + 1;
    while (k < n) {
      s = s - m[i][k] * sol[k];
      k = k + 1;
    }
    sol[i] = s / m[i][i];
    i = i - 1;
  }
  return det;
}

int main() {
  float det = solve(4);
  putfloat(det);
  putch(10);
  putfarray(4, sol);
  int rounded = det + 0.5;
  return rounded;
}
