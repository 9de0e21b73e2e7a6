; ModuleID = 'func_runtime_library_io.sy'
source_filename = "func_runtime_library_io.sy"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@ints = dso_local global [16 x i32] zeroinitializer, align 16
@floats = dso_local global [16 x float] zeroinitializer, align 16
@.str = private unnamed_addr constant [28 x i8] c"scale=%f shift=%d first=%c\0A\00", align 1
@letters = dso_local global [26 x i32] zeroinitializer, align 16
@.str.1 = private unnamed_addr constant [28 x i8] c"chars=%d lines=%d upper=%d\0A\00", align 1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  %4 = alloca float, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca float, align 4
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  %11 = alloca i32, align 4
  %12 = alloca i32, align 4
  store i32 0, i32* %1, align 4
  %13 = call i32 @getarray(i32* noundef getelementptr inbounds ([16 x i32], [16 x i32]* @ints, i64 0, i64 0))
  store i32 %13, i32* %2, align 4
  %14 = call i32 @getfarray(float* noundef getelementptr inbounds ([16 x float], [16 x float]* @floats, i64 0, i64 0))
  store i32 %14, i32* %3, align 4
  %15 = call float @getfloat()
  store float %15, float* %4, align 4
  %16 = call i32 @getint()
  store i32 %16, i32* %5, align 4
  %17 = load i32, i32* %2, align 4
  call void @putarray(i32 noundef %17, i32* noundef getelementptr inbounds ([16 x i32], [16 x i32]* @ints, i64 0, i64 0))
  %18 = load i32, i32* %3, align 4
  call void @putfarray(i32 noundef %18, float* noundef getelementptr inbounds ([16 x float], [16 x float]* @floats, i64 0, i64 0))
  call void @starttime()
  store i32 0, i32* %6, align 4
  store i32 0, i32* %7, align 4
  store float 0.000000e+00, float* %8, align 4
  br label %19

19:                                               ; preds = %23, %0
  %20 = load i32, i32* %6, align 4
  %21 = load i32, i32* %2, align 4
  %22 = icmp slt i32 %20, %21
  br i1 %22, label %23, label %44

23:                                               ; preds = %19
  %24 = load i32, i32* %7, align 4
  %25 = load i32, i32* %6, align 4
  %26 = sext i32 %25 to i64
  %27 = getelementptr inbounds [16 x i32], [16 x i32]* @ints, i64 0, i64 %26
  %28 = load i32, i32* %27, align 4
  %29 = load i32, i32* %6, align 4
  %30 = add nsw i32 %29, 1
  %31 = mul nsw i32 %28, %30
  %32 = add nsw i32 %24, %31
  store i32 %32, i32* %7, align 4
  %33 = load i32, i32* %6, align 4
  %34 = sext i32 %33 to i64
  %35 = getelementptr inbounds [16 x i32], [16 x i32]* @ints, i64 0, i64 %34
  %36 = load i32, i32* %35, align 4
  %37 = load i32, i32* %5, align 4
  %38 = add nsw i32 %36, %37
  %39 = load i32, i32* %6, align 4
  %40 = sext i32 %39 to i64
  %41 = getelementptr inbounds [16 x i32], [16 x i32]* @ints, i64 0, i64 %40
  store i32 %38, i32* %41, align 4
  %42 = load i32, i32* %6, align 4
  %43 = add nsw i32 %42, 1
  store i32 %43, i32* %6, align 4
  br label %19, !llvm.loop !6

44:                                               ; preds = %19
  store i32 0, i32* %6, align 4
  br label %45

45:                                               ; preds = %49, %44
  %46 = load i32, i32* %6, align 4
  %47 = load i32, i32* %3, align 4
  %48 = icmp slt i32 %46, %47
  br i1 %48, label %49, label %67

49:                                               ; preds = %45
  %50 = load i32, i32* %6, align 4
  %51 = sext i32 %50 to i64
  %52 = getelementptr inbounds [16 x float], [16 x float]* @floats, i64 0, i64 %51
  %53 = load float, float* %52, align 4
  %54 = load float, float* %4, align 4
  %55 = fmul float %53, %54
  %56 = load i32, i32* %6, align 4
  %57 = sext i32 %56 to i64
  %58 = getelementptr inbounds [16 x float], [16 x float]* @floats, i64 0, i64 %57
  store float %55, float* %58, align 4
  %59 = load float, float* %8, align 4
  %60 = load i32, i32* %6, align 4
  %61 = sext i32 %60 to i64
  %62 = getelementptr inbounds [16 x float], [16 x float]* @floats, i64 0, i64 %61
  %63 = load float, float* %62, align 4
  %64 = fadd float %59, %63
  store float %64, float* %8, align 4
  %65 = load i32, i32* %6, align 4
  %66 = add nsw i32 %65, 1
  store i32 %66, i32* %6, align 4
  br label %45, !llvm.loop !8

67:                                               ; preds = %45
  call void @stoptime()
  %68 = load i32, i32* %2, align 4
  call void @putarray(i32 noundef %68, i32* noundef getelementptr inbounds ([16 x i32], [16 x i32]* @ints, i64 0, i64 0))
  %69 = load i32, i32* %3, align 4
  call void @putfarray(i32 noundef %69, float* noundef getelementptr inbounds ([16 x float], [16 x float]* @floats, i64 0, i64 0))
  %70 = load i32, i32* %7, align 4
  call void @putint(i32 noundef %70)
  call void @putch(i32 noundef 32)
  %71 = load float, float* %8, align 4
  call void @putfloat(float noundef %71)
  call void @putch(i32 noundef 10)
  %72 = load float, float* %4, align 4
  %73 = fpext float %72 to double
  %74 = load i32, i32* %5, align 4
  %75 = load i32, i32* %5, align 4
  %76 = add nsw i32 65, %75
  call void (i8*, ...) @putf(i8* noundef getelementptr inbounds ([28 x i8], [28 x i8]* @.str, i64 0, i64 0), double noundef %73, i32 noundef %74, i32 noundef %76)
  %77 = call i32 @getch()
  store i32 %77, i32* %9, align 4
  store i32 0, i32* %10, align 4
  store i32 0, i32* %11, align 4
  store i32 0, i32* %12, align 4
  br label %78

78:                                               ; preds = %128, %67
  %79 = load i32, i32* %9, align 4
  %80 = icmp ne i32 %79, -1
  br i1 %80, label %81, label %131

81:                                               ; preds = %78
  %82 = load i32, i32* %10, align 4
  %83 = add nsw i32 %82, 1
  store i32 %83, i32* %10, align 4
  %84 = load i32, i32* %9, align 4
  %85 = icmp eq i32 %84, 10
  br i1 %85, label %86, label %89

86:                                               ; preds = %81
  %87 = load i32, i32* %11, align 4
  %88 = add nsw i32 %87, 1
  store i32 %88, i32* %11, align 4
  br label %89

89:                                               ; preds = %86, %81
  %90 = load i32, i32* %9, align 4
  %91 = icmp sge i32 %90, 97
  br i1 %91, label %92, label %108

92:                                               ; preds = %89
  %93 = load i32, i32* %9, align 4
  %94 = icmp sle i32 %93, 122
  br i1 %94, label %95, label %108

95:                                               ; preds = %92
  %96 = load i32, i32* %9, align 4
  %97 = sub nsw i32 %96, 97
  %98 = sext i32 %97 to i64
  %99 = getelementptr inbounds [26 x i32], [26 x i32]* @letters, i64 0, i64 %98
  %100 = load i32, i32* %99, align 4
  %101 = add nsw i32 %100, 1
  %102 = load i32, i32* %9, align 4
  %103 = sub nsw i32 %102, 97
  %104 = sext i32 %103 to i64
  %105 = getelementptr inbounds [26 x i32], [26 x i32]* @letters, i64 0, i64 %104
  store i32 %101, i32* %105, align 4
  %106 = load i32, i32* %9, align 4
  %107 = sub nsw i32 %106, 32
  store i32 %107, i32* %9, align 4
  br label %128

108:                                              ; preds = %92, %89
  %109 = load i32, i32* %9, align 4
  %110 = icmp sge i32 %109, 65
  br i1 %110, label %111, label %127

111:                                              ; preds = %108
  %112 = load i32, i32* %9, align 4
  %113 = icmp sle i32 %112, 90
  br i1 %113, label %114, label %127

114:                                              ; preds = %111
  %115 = load i32, i32* %9, align 4
  %116 = sub nsw i32 %115, 65
  %117 = sext i32 %116 to i64
  %118 = getelementptr inbounds [26 x i32], [26 x i32]* @letters, i64 0, i64 %117
  %119 = load i32, i32* %118, align 4
  %120 = add nsw i32 %119, 1
  %121 = load i32, i32* %9, align 4
  %122 = sub nsw i32 %121, 65
  %123 = sext i32 %122 to i64
  %124 = getelementptr inbounds [26 x i32], [26 x i32]* @letters, i64 0, i64 %123
  store i32 %120, i32* %124, align 4
  %125 = load i32, i32* %12, align 4
  %126 = add nsw i32 %125, 1
  store i32 %126, i32* %12, align 4
  br label %127

127:                                              ; preds = %114, %111, %108
  br label %128

128:                                              ; preds = %127, %95
  %129 = load i32, i32* %9, align 4
  call void @putch(i32 noundef %129)
  %130 = call i32 @getch()
  store i32 %130, i32* %9, align 4
  br label %78, !llvm.loop !9

131:                                              ; preds = %78
  call void @putarray(i32 noundef 26, i32* noundef getelementptr inbounds ([26 x i32], [26 x i32]* @letters, i64 0, i64 0))
  %132 = load i32, i32* %10, align 4
  %133 = load i32, i32* %11, align 4
  %134 = load i32, i32* %12, align 4
  call void (i8*, ...) @putf(i8* noundef getelementptr inbounds ([28 x i8], [28 x i8]* @.str.1, i64 0, i64 0), i32 noundef %132, i32 noundef %133, i32 noundef %134)
  %135 = load i32, i32* %7, align 4
  %136 = srem i32 %135, 256
  ret i32 %136
}

declare i32 @getarray(i32* noundef) #1

declare i32 @getfarray(float* noundef) #1

declare float @getfloat() #1

declare i32 @getint() #1

declare void @putarray(i32 noundef, i32* noundef) #1

declare void @putfarray(i32 noundef, float* noundef) #1

declare void @starttime() #1

declare void @stoptime() #1

declare void @putint(i32 noundef) #1

declare void @putch(i32 noundef) #1

declare void @putfloat(float noundef) #1

declare void @putf(i8* noundef, ...) #1

declare i32 @getch() #1

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }

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
