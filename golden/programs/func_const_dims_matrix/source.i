# 1 "func_const_dims_matrix.sy"
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
# 1 "func_const_dims_matrix.sy" 2


const int R = 3, C = R + 1;
const int S = R * C;
int A[R][C] = {{2, -1, 0, 3}, {1, 4, -2, 0}, {0, 5, 1, -3}};
int B[C][R];
int P[R][R];

void transpose(int a[][C], int t[][R]) {
  int i = 0;
  while (i < R) {
    int j = 0;
    while (j < C) {
      t[j][i] = a[i][j];
      j = j + 1;
    }
    i = i + 1;
  }
}

void multiply(int a[][C], int b[][R], int p[][R]) {
  int i = 0;
  while (i < R) {
    int j = 0;
    while (j < R) {
      int k = 0, s = 0;
      while (k < C) {
        s = s + a[i][k] * b[k][j];
        k = k + 1;
      }
      p[i][j] = s;
      j = j + 1;
    }
    i = i + 1;
  }
}

int flatten(int m[][R], int rows, int out[]) {
  int i = 0, n = 0;
  while (i < rows) {
    int j = 0;
    while (j < R) {
      out[n] = m[i][j];
      n = n + 1;
      j = j + 1;
    }
    i = i + 1;
  }
  return n;
}

int main() {
  transpose(A, B);
  multiply(A, B, P);
  int flat[S];
  int n = flatten(P, R, flat);
  putarray(n, flat);
  n = flatten(B, C, flat);
  putarray(n, flat);
  int trace = 0, i = 0;
  while (i < R) {
    trace = trace + P[i][i];
    i = i + 1;
  }
  int sym = 1;
  i = 0;
  while (i < R) {
    int j = 0;
    while (j < R) {
      if (P[i][j] != P[j][i]) sym = 0;
      j = j + 1;
    }
    i = i + 1;
  }
  int square[R][R] = {};
  i = 0;
  while (i < R) {
    int j = 0;
    while (j < R) {
      int k = 0;
      while (k < R) {
        square[i][j] = square[i][j] + P[i][k] * P[k][j];
        k = k + 1;
      }
      j = j + 1;
    }
    i = i + 1;
  }
  putarray(R, square[R - 1]);
  putf("trace=%d symmetric=%d size=%d\n", trace, sym, S);
  return trace;
}
