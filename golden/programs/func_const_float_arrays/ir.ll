; ModuleID = 'func_const_float_arrays.sy'
source_filename = "func_const_float_arrays.sy"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@N = dso_local constant i32 5, align 4
@COEFF = dso_local constant [5 x float] [float 1.000000e+00, float 5.000000e-01, float 2.500000e-01, float 1.250000e-01, float 6.250000e-02], align 16
@GRID = dso_local constant [2 x [3 x float]] [[3 x float] [float 1.500000e+00, float -2.000000e+00, float 0.000000e+00], [3 x float] [float 3.000000e+00, float 0.000000e+00, float 0.000000e+00]], align 16
@PI = dso_local constant float 0x400921FB60000000, align 4
@R2 = dso_local constant float 6.250000e+00, align 4
@samples = dso_local global [5 x float] [float 1.000000e+00, float 2.000000e+00, float 3.000000e+00, float 0.000000e+00, float 0.000000e+00], align 16
@__const.main.LOCAL = private unnamed_addr constant [3 x float] [float 0x400921FB60000000, float 0xC00921FB60000000, float 6.250000e+00], align 4
@__const.main.MIXED = private unnamed_addr constant [2 x [2 x float]] [[2 x float] [float 1.000000e+00, float 2.750000e+00], [2 x float] [float -3.000000e+00, float 3.000000e+00]], align 16
@rounded = dso_local global [5 x i32] zeroinitializer, align 16
@.str = private unnamed_addr constant [23 x i8] c"area=%f int=%d neg=%d\0A\00", align 1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local float @horner(float* noundef %0, i32 noundef %1, float noundef %2) #0 {
  %4 = alloca float*, align 8
  %5 = alloca i32, align 4
  %6 = alloca float, align 4
  %7 = alloca float, align 4
  %8 = alloca i32, align 4
  store float* %0, float** %4, align 8
  store i32 %1, i32* %5, align 4
  store float %2, float* %6, align 4
  store float 0.000000e+00, float* %7, align 4
  %9 = load i32, i32* %5, align 4
  %10 = sub nsw i32 %9, 1
  store i32 %10, i32* %8, align 4
  br label %11

11:                                               ; preds = %14, %3
  %12 = load i32, i32* %8, align 4
  %13 = icmp sge i32 %12, 0
  br i1 %13, label %14, label %26

14:                                               ; preds = %11
  %15 = load float, float* %7, align 4
  %16 = load float, float* %6, align 4
  %17 = fmul float %15, %16
  %18 = load float*, float** %4, align 8
  %19 = load i32, i32* %8, align 4
  %20 = sext i32 %19 to i64
  %21 = getelementptr inbounds float, float* %18, i64 %20
  %22 = load float, float* %21, align 4
  %23 = fadd float %17, %22
  store float %23, float* %7, align 4
  %24 = load i32, i32* %8, align 4
  %25 = sub nsw i32 %24, 1
  store i32 %25, i32* %8, align 4
  br label %11, !llvm.loop !6

26:                                               ; preds = %11
  %27 = load float, float* %7, align 4
  ret float %27
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca [3 x float], align 4
  %3 = alloca [2 x [2 x float]], align 16
  %4 = alloca i8*, align 8
  %5 = alloca i32, align 4
  %6 = alloca float, align 4
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  %11 = alloca i32, align 4
  store i32 0, i32* %1, align 4
  %12 = bitcast [3 x float]* %2 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* align 4 %12, i8* align 4 bitcast ([3 x float]* @__const.main.LOCAL to i8*), i64 12, i1 false)
  %13 = bitcast [2 x [2 x float]]* %3 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* align 16 %13, i8* align 16 bitcast ([2 x [2 x float]]* @__const.main.MIXED to i8*), i64 16, i1 false)
  %14 = call i8* @llvm.stacksave()
  store i8* %14, i8** %4, align 8
  %15 = alloca float, i64 5, align 16
  store i32 0, i32* %5, align 4
  br label %16

16:                                               ; preds = %19, %0
  %17 = load i32, i32* %5, align 4
  %18 = icmp slt i32 %17, 5
  br i1 %18, label %19, label %51

19:                                               ; preds = %16
  %20 = load i32, i32* %5, align 4
  %21 = sext i32 %20 to i64
  %22 = getelementptr inbounds [5 x float], [5 x float]* @COEFF, i64 0, i64 %21
  %23 = load float, float* %22, align 4
  %24 = load i32, i32* %5, align 4
  %25 = sext i32 %24 to i64
  %26 = getelementptr inbounds float, float* %15, i64 %25
  store float %23, float* %26, align 4
  %27 = load i32, i32* %5, align 4
  %28 = sext i32 %27 to i64
  %29 = getelementptr inbounds [5 x float], [5 x float]* @COEFF, i64 0, i64 %28
  %30 = load float, float* %29, align 4
  %31 = fmul float %30, 1.000000e+02
  %32 = fptosi float %31 to i32
  %33 = load i32, i32* %5, align 4
  %34 = sext i32 %33 to i64
  %35 = getelementptr inbounds [5 x i32], [5 x i32]* @rounded, i64 0, i64 %34
  store i32 %32, i32* %35, align 4
  %36 = load i32, i32* %5, align 4
  %37 = sext i32 %36 to i64
  %38 = getelementptr inbounds [5 x float], [5 x float]* @samples, i64 0, i64 %37
  %39 = load float, float* %38, align 4
  %40 = load i32, i32* %5, align 4
  %41 = sext i32 %40 to i64
  %42 = getelementptr inbounds [5 x i32], [5 x i32]* @rounded, i64 0, i64 %41
  %43 = load i32, i32* %42, align 4
  %44 = sitofp i32 %43 to float
  %45 = fadd float %39, %44
  %46 = load i32, i32* %5, align 4
  %47 = sext i32 %46 to i64
  %48 = getelementptr inbounds [5 x float], [5 x float]* @samples, i64 0, i64 %47
  store float %45, float* %48, align 4
  %49 = load i32, i32* %5, align 4
  %50 = add nsw i32 %49, 1
  store i32 %50, i32* %5, align 4
  br label %16, !llvm.loop !8

51:                                               ; preds = %16
  call void @putarray(i32 noundef 5, i32* noundef getelementptr inbounds ([5 x i32], [5 x i32]* @rounded, i64 0, i64 0))
  call void @putfarray(i32 noundef 5, float* noundef getelementptr inbounds ([5 x float], [5 x float]* @samples, i64 0, i64 0))
  %52 = call float @horner(float* noundef %15, i32 noundef 5, float noundef 2.000000e+00)
  call void @putfloat(float noundef %52)
  call void @putch(i32 noundef 32)
  %53 = call float @horner(float* noundef %15, i32 noundef 5, float noundef -1.000000e+00)
  call void @putfloat(float noundef %53)
  call void @putch(i32 noundef 10)
  %54 = getelementptr inbounds [3 x float], [3 x float]* %2, i64 0, i64 0
  %55 = load float, float* %54, align 4
  %56 = fmul float %55, 6.250000e+00
  store float %56, float* %6, align 4
  %57 = load float, float* %6, align 4
  %58 = fptosi float %57 to i32
  store i32 %58, i32* %7, align 4
  %59 = getelementptr inbounds [3 x float], [3 x float]* %2, i64 0, i64 1
  %60 = load float, float* %59, align 4
  %61 = fmul float %60, 1.000000e+01
  %62 = fptosi float %61 to i32
  store i32 %62, i32* %8, align 4
  %63 = load float, float* %6, align 4
  %64 = fpext float %63 to double
  %65 = load i32, i32* %7, align 4
  %66 = load i32, i32* %8, align 4
  call void (i8*, ...) @putf(i8* noundef getelementptr inbounds ([23 x i8], [23 x i8]* @.str, i64 0, i64 0), double noundef %64, i32 noundef %65, i32 noundef %66)
  store i32 0, i32* %5, align 4
  br label %67

67:                                               ; preds = %101, %51
  %68 = load i32, i32* %5, align 4
  %69 = icmp slt i32 %68, 2
  br i1 %69, label %70, label %104

70:                                               ; preds = %67
  store i32 0, i32* %9, align 4
  br label %71

71:                                               ; preds = %74, %70
  %72 = load i32, i32* %9, align 4
  %73 = icmp slt i32 %72, 2
  br i1 %73, label %74, label %101

74:                                               ; preds = %71
  %75 = load i32, i32* %5, align 4
  %76 = sext i32 %75 to i64
  %77 = getelementptr inbounds [2 x [2 x float]], [2 x [2 x float]]* %3, i64 0, i64 %76
  %78 = load i32, i32* %9, align 4
  %79 = sext i32 %78 to i64
  %80 = getelementptr inbounds [2 x float], [2 x float]* %77, i64 0, i64 %79
  %81 = load float, float* %80, align 4
  %82 = fptosi float %81 to i32
  store i32 %82, i32* %10, align 4
  %83 = load i32, i32* %10, align 4
  call void @putint(i32 noundef %83)
  call void @putch(i32 noundef 32)
  %84 = load i32, i32* %5, align 4
  %85 = sext i32 %84 to i64
  %86 = getelementptr inbounds [2 x [2 x float]], [2 x [2 x float]]* %3, i64 0, i64 %85
  %87 = load i32, i32* %9, align 4
  %88 = sext i32 %87 to i64
  %89 = getelementptr inbounds [2 x float], [2 x float]* %86, i64 0, i64 %88
  %90 = load float, float* %89, align 4
  %91 = load i32, i32* %5, align 4
  %92 = sext i32 %91 to i64
  %93 = getelementptr inbounds [2 x [3 x float]], [2 x [3 x float]]* @GRID, i64 0, i64 %92
  %94 = load i32, i32* %9, align 4
  %95 = sext i32 %94 to i64
  %96 = getelementptr inbounds [3 x float], [3 x float]* %93, i64 0, i64 %95
  %97 = load float, float* %96, align 4
  %98 = fadd float %90, %97
  call void @putfloat(float noundef %98)
  call void @putch(i32 noundef 10)
  %99 = load i32, i32* %9, align 4
  %100 = add nsw i32 %99, 1
  store i32 %100, i32* %9, align 4
  br label %71, !llvm.loop !9

101:                                              ; preds = %71
  %102 = load i32, i32* %5, align 4
  %103 = add nsw i32 %102, 1
  store i32 %103, i32* %5, align 4
  br label %67, !llvm.loop !10

104:                                              ; preds = %67
  %105 = load float, float* getelementptr inbounds ([5 x float], [5 x float]* @COEFF, i64 0, i64 1), align 4
  %106 = fmul float %105, 4.000000e+00
  %107 = fptosi float %106 to i32
  store i32 %107, i32* %11, align 4
  %108 = load i32, i32* %11, align 4
  %109 = sext i32 %108 to i64
  %110 = getelementptr inbounds [5 x i32], [5 x i32]* @rounded, i64 0, i64 %109
  %111 = load i32, i32* %110, align 4
  %112 = load i32, i32* %8, align 4
  %113 = add nsw i32 %111, %112
  store i32 %113, i32* %1, align 4
  %114 = load i8*, i8** %4, align 8
  call void @llvm.stackrestore(i8* %114)
  %115 = load i32, i32* %1, align 4
  ret i32 %115
}

; Function Attrs: argmemonly nofree nounwind willreturn
declare void @llvm.memcpy.p0i8.p0i8.i64(i8* noalias nocapture writeonly, i8* noalias nocapture readonly, i64, i1 immarg) #1

; Function Attrs: nofree nosync nounwind willreturn
declare i8* @llvm.stacksave() #2

declare void @putarray(i32 noundef, i32* noundef) #3

declare void @putfarray(i32 noundef, float* noundef) #3

declare void @putfloat(float noundef) #3

declare void @putch(i32 noundef) #3

declare void @putf(i8* noundef, ...) #3

declare void @putint(i32 noundef) #3

; Function Attrs: nofree nosync nounwind willreturn
declare void @llvm.stackrestore(i8*) #2

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { argmemonly nofree nounwind willreturn }
attributes #2 = { nofree nosync nounwind willreturn }
attributes #3 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }

!llvm.module.flags = !{!0, !1, !2, !3, !4}
!llvm.ident = !{!5}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 7, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 1}
!4 = !{i32 7, !"frame-pointer", i32 2}
!5 = !{!"Debian clang version 14.0.6"}
!6 = distinct !{!6, !7}
!7 = !{!"llvm.loop.mustprogress"}
!8 = distinct !{!8, !7}
!9 = distinct !{!9, !7}
!10 = distinct !{!10, !7}
