# 1 "func_matrix_multiply_small.sy"
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
# 1 "func_matrix_multiply_small.sy" 2

int A[4][4] = {{1, 2, 0, 1}, {0, 1, 3, 0}, {2, 0, 1, 1}, {1, 1, 0, 2}};
int I[4][4] = {{1}, {0, 1}, {0, 0, 1}, {0, 0, 0, 1}};
int R[4][4];
int T[4][4];

void mul(int x[][4], int y[][4], int out[][4]) {
  int i = 0;
  while (i < 4) {
    int j = 0;
    while (j < 4) {
      int s = 0, k = 0;
      while (k < 4) {
        s = (s + x[i][k] * y[k][j]) % 10007;
        k = k + 1;
      }
      out[i][j] = s;
      j = j + 1;
    }
    i = i + 1;
  }
}

void copy(int src[][4], int dst[][4]) {
  int i = 0;
  while (i < 4) {
    int j = 0;
    while (j < 4) { dst[i][j] = src[i][j]; j = j + 1; }
    i = i + 1;
  }
}

void mat_pow(int e) {
  int base[4][4];
  copy(A, base);
  copy(I, R);
  while (e > 0) {
    if (e % 2 == 1) {
      mul(R, base, T);
      copy(T, R);
    }
    mul(base, base, T);
    copy(T, base);
    e = e / 2;
  }
}

int main() {
  mul(A, I, T);
  int same = 1, i = 0;
  while (i < 16) {
    if (T[i / 4][i % 4] != A[i / 4][i % 4]) same = 0;
    i = i + 1;
  }
  putint(same); putch(10);
  mat_pow(13);
  i = 0;
  int trace = 0;
  while (i < 4) {
    putarray(4, R[i]);
    trace = (trace + R[i][i]) % 10007;
    i = i + 1;
  }
  return trace % 256;
}
