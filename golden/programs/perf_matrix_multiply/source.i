# 1 "perf_matrix_multiply.sy"
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
# 1 "perf_matrix_multiply.sy" 2

int A[120][120];
int B[120][120];
int C[120][120];

void init(int n) {
  int i = 0;
  while (i < n) {
    int j = 0;
    while (j < n) {
      A[i][j] = (i * 31 + j * 17 + 5) % 97;
      B[i][j] = (i * 13 + j * 29 + 11) % 89 - 44;
      j = j + 1;
    }
    i = i + 1;
  }
}

void multiply(int n) {
  int i = 0;
  while (i < n) {
    int j = 0;
    while (j < n) {
      int s = 0, k = 0;
      while (k < n) {
        s = s + A[i][k] * B[k][j];
        k = k + 1;
      }
      C[i][j] = s % 65521;
      j = j + 1;
    }
    i = i + 1;
  }
}

int main() {
  int n = getint();
  int rounds = getint();
  init(n);
  starttime();
  int r = 0;
  while (r < rounds) {
    multiply(n);

    int i = 0;
    while (i < n) {
      A[i][(i + r) % n] = C[i][i] % 97;
      i = i + 1;
    }
    r = r + 1;
  }
  stoptime();
  int i = 0, check = 0;
  while (i < n) {
    int j = 0;
    while (j < n) {
      check = (check * 7 + C[i][j]) % 1000003;
      j = j + 1;
    }
    i = i + 1;
  }
  putint(check);
  putch(10);
  return check % 256;
}
