; ModuleID = 'func_runtime_library_io.sy'
source_filename = "func_runtime_library_io.sy"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@ints = dso_local global [16 x i32] zeroinitializer, align 16
@floats = dso_local global [16 x float] zeroinitializer, align 16
@.str = private unnamed_addr constant [28 x i8] c"scale=%f shift=%d first=%c\0A\00", align 1
@letters = dso_local global [26 x i32] zeroinitializer, align 16
@.str.1 = private unnamed_addr constant [28 x i8] c"chars=%d lines=%d upper=%d\0A\00", align 1

; Function Attrs: nounwind uwtable
define dso_local i32 @main() local_unnamed_addr #0 {
  %1 = tail call i32 @getarray(i32* noundef getelementptr inbounds ([16 x i32], [16 x i32]* @ints, i64 0, i64 0)) #2
  %2 = tail call i32 @getfarray(float* noundef getelementptr inbounds ([16 x float], [16 x float]* @floats, i64 0, i64 0)) #2
  %3 = tail call float @getfloat() #2
  %4 = tail call i32 @getint() #2
  tail call void @putarray(i32 noundef %1, i32* noundef getelementptr inbounds ([16 x i32], [16 x i32]* @ints, i64 0, i64 0)) #2
  tail call void @putfarray(i32 noundef %2, float* noundef getelementptr inbounds ([16 x float], [16 x float]* @floats, i64 0, i64 0)) #2
  tail call void @starttime() #2
  %5 = icmp sgt i32 %1, 0
  br i1 %5, label %6, label %25

6:                                                ; preds = %0
  %7 = zext i32 %1 to i64
  %8 = and i64 %7, 1
  %9 = icmp eq i32 %1, 1
  br i1 %9, label %12, label %10

10:                                               ; preds = %6
  %11 = and i64 %7, 4294967294
  br label %34

12:                                               ; preds = %34, %6
  %13 = phi i32 [ undef, %6 ], [ %50, %34 ]
  %14 = phi i64 [ 0, %6 ], [ %47, %34 ]
  %15 = phi i32 [ 0, %6 ], [ %50, %34 ]
  %16 = icmp eq i64 %8, 0
  br i1 %16, label %25, label %17

17:                                               ; preds = %12
  %18 = getelementptr inbounds [16 x i32], [16 x i32]* @ints, i64 0, i64 %14
  %19 = load i32, i32* %18, align 4, !tbaa !5
  %20 = trunc i64 %14 to i32
  %21 = add i32 %20, 1
  %22 = mul nsw i32 %19, %21
  %23 = add nsw i32 %22, %15
  %24 = add nsw i32 %19, %4
  store i32 %24, i32* %18, align 4, !tbaa !5
  br label %25

25:                                               ; preds = %17, %12, %0
  %26 = phi i32 [ 0, %0 ], [ %13, %12 ], [ %23, %17 ]
  %27 = icmp sgt i32 %2, 0
  br i1 %27, label %28, label %80

28:                                               ; preds = %25
  %29 = zext i32 %2 to i64
  %30 = and i64 %29, 1
  %31 = icmp eq i32 %2, 1
  br i1 %31, label %70, label %32

32:                                               ; preds = %28
  %33 = and i64 %29, 4294967294
  br label %54

34:                                               ; preds = %34, %10
  %35 = phi i64 [ 0, %10 ], [ %47, %34 ]
  %36 = phi i32 [ 0, %10 ], [ %50, %34 ]
  %37 = phi i64 [ 0, %10 ], [ %52, %34 ]
  %38 = getelementptr inbounds [16 x i32], [16 x i32]* @ints, i64 0, i64 %35
  %39 = load i32, i32* %38, align 8, !tbaa !5
  %40 = or i64 %35, 1
  %41 = trunc i64 %40 to i32
  %42 = mul nsw i32 %39, %41
  %43 = add nsw i32 %42, %36
  %44 = add nsw i32 %39, %4
  store i32 %44, i32* %38, align 8, !tbaa !5
  %45 = getelementptr inbounds [16 x i32], [16 x i32]* @ints, i64 0, i64 %40
  %46 = load i32, i32* %45, align 4, !tbaa !5
  %47 = add nuw nsw i64 %35, 2
  %48 = trunc i64 %47 to i32
  %49 = mul nsw i32 %46, %48
  %50 = add nsw i32 %49, %43
  %51 = add nsw i32 %46, %4
  store i32 %51, i32* %45, align 4, !tbaa !5
  %52 = add i64 %37, 2
  %53 = icmp eq i64 %52, %11
  br i1 %53, label %12, label %34, !llvm.loop !9

54:                                               ; preds = %54, %32
  %55 = phi i64 [ 0, %32 ], [ %67, %54 ]
  %56 = phi float [ 0.000000e+00, %32 ], [ %66, %54 ]
  %57 = phi i64 [ 0, %32 ], [ %68, %54 ]
  %58 = getelementptr inbounds [16 x float], [16 x float]* @floats, i64 0, i64 %55
  %59 = load float, float* %58, align 8, !tbaa !11
  %60 = fmul float %3, %59
  store float %60, float* %58, align 8, !tbaa !11
  %61 = fadd float %56, %60
  %62 = or i64 %55, 1
  %63 = getelementptr inbounds [16 x float], [16 x float]* @floats, i64 0, i64 %62
  %64 = load float, float* %63, align 4, !tbaa !11
  %65 = fmul float %3, %64
  store float %65, float* %63, align 4, !tbaa !11
  %66 = fadd float %61, %65
  %67 = add nuw nsw i64 %55, 2
  %68 = add i64 %57, 2
  %69 = icmp eq i64 %68, %33
  br i1 %69, label %70, label %54, !llvm.loop !13

70:                                               ; preds = %54, %28
  %71 = phi float [ undef, %28 ], [ %66, %54 ]
  %72 = phi i64 [ 0, %28 ], [ %67, %54 ]
  %73 = phi float [ 0.000000e+00, %28 ], [ %66, %54 ]
  %74 = icmp eq i64 %30, 0
  br i1 %74, label %80, label %75

75:                                               ; preds = %70
  %76 = getelementptr inbounds [16 x float], [16 x float]* @floats, i64 0, i64 %72
  %77 = load float, float* %76, align 4, !tbaa !11
  %78 = fmul float %3, %77
  store float %78, float* %76, align 4, !tbaa !11
  %79 = fadd float %73, %78
  br label %80

80:                                               ; preds = %75, %70, %25
  %81 = phi float [ 0.000000e+00, %25 ], [ %71, %70 ], [ %79, %75 ]
  tail call void @stoptime() #2
  tail call void @putarray(i32 noundef %1, i32* noundef getelementptr inbounds ([16 x i32], [16 x i32]* @ints, i64 0, i64 0)) #2
  tail call void @putfarray(i32 noundef %2, float* noundef getelementptr inbounds ([16 x float], [16 x float]* @floats, i64 0, i64 0)) #2
  tail call void @putint(i32 noundef %26) #2
  tail call void @putch(i32 noundef 32) #2
  tail call void @putfloat(float noundef %81) #2
  tail call void @putch(i32 noundef 10) #2
  %82 = fpext float %3 to double
  %83 = add nsw i32 %4, 65
  tail call void (i8*, ...) @putf(i8* noundef getelementptr inbounds ([28 x i8], [28 x i8]* @.str, i64 0, i64 0), double noundef %82, i32 noundef %4, i32 noundef %83) #2
  %84 = tail call i32 @getch() #2
  %85 = icmp eq i32 %84, -1
  br i1 %85, label %117, label %86

86:                                               ; preds = %80, %112
  %87 = phi i32 [ %114, %112 ], [ 0, %80 ]
  %88 = phi i32 [ %94, %112 ], [ 0, %80 ]
  %89 = phi i32 [ %91, %112 ], [ 0, %80 ]
  %90 = phi i32 [ %115, %112 ], [ %84, %80 ]
  %91 = add nuw nsw i32 %89, 1
  %92 = icmp eq i32 %90, 10
  %93 = zext i1 %92 to i32
  %94 = add nuw nsw i32 %88, %93
  %95 = add i32 %90, -97
  %96 = icmp ult i32 %95, 26
  br i1 %96, label %97, label %103

97:                                               ; preds = %86
  %98 = zext i32 %95 to i64
  %99 = getelementptr inbounds [26 x i32], [26 x i32]* @letters, i64 0, i64 %98
  %100 = load i32, i32* %99, align 4, !tbaa !5
  %101 = add nsw i32 %100, 1
  store i32 %101, i32* %99, align 4, !tbaa !5
  %102 = add nsw i32 %90, -32
  br label %112

103:                                              ; preds = %86
  %104 = add i32 %90, -65
  %105 = icmp ult i32 %104, 26
  br i1 %105, label %106, label %112

106:                                              ; preds = %103
  %107 = zext i32 %104 to i64
  %108 = getelementptr inbounds [26 x i32], [26 x i32]* @letters, i64 0, i64 %107
  %109 = load i32, i32* %108, align 4, !tbaa !5
  %110 = add nsw i32 %109, 1
  store i32 %110, i32* %108, align 4, !tbaa !5
  %111 = add nsw i32 %87, 1
  br label %112

112:                                              ; preds = %103, %106, %97
  %113 = phi i32 [ %102, %97 ], [ %90, %106 ], [ %90, %103 ]
  %114 = phi i32 [ %87, %97 ], [ %111, %106 ], [ %87, %103 ]
  tail call void @putch(i32 noundef %113) #2
  %115 = tail call i32 @getch() #2
  %116 = icmp eq i32 %115, -1
  br i1 %116, label %117, label %86, !llvm.loop !14

117:                                              ; preds = %112, %80
  %118 = phi i32 [ 0, %80 ], [ %91, %112 ]
  %119 = phi i32 [ 0, %80 ], [ %94, %112 ]
  %120 = phi i32 [ 0, %80 ], [ %114, %112 ]
  tail call void @putarray(i32 noundef 26, i32* noundef getelementptr inbounds ([26 x i32], [26 x i32]* @letters, i64 0, i64 0)) #2
  tail call void (i8*, ...) @putf(i8* noundef getelementptr inbounds ([28 x i8], [28 x i8]* @.str.1, i64 0, i64 0), i32 noundef %118, i32 noundef %119, i32 noundef %120) #2
  %121 = srem i32 %26, 256
  ret i32 %121
}

declare i32 @getarray(i32* noundef) local_unnamed_addr #1

declare i32 @getfarray(float* noundef) local_unnamed_addr #1

declare float @getfloat() local_unnamed_addr #1

declare i32 @getint() local_unnamed_addr #1

declare void @putarray(i32 noundef, i32* noundef) local_unnamed_addr #1

declare void @putfarray(i32 noundef, float* noundef) local_unnamed_addr #1

declare void @starttime() local_unnamed_addr #1

declare void @stoptime() local_unnamed_addr #1

declare void @putint(i32 noundef) local_unnamed_addr #1

declare void @putch(i32 noundef) local_unnamed_addr #1

declare void @putfloat(float noundef) local_unnamed_addr #1

declare void @putf(i8* noundef, ...) local_unnamed_addr #1

declare i32 @getch() local_unnamed_addr #1

attributes #0 = { nounwind uwtable "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { "frame-pointer"="none" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nounwind }

!llvm.module.flags = !{!0, !1, !2, !3}
!llvm.ident = !{!4}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 7, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 1}
!4 = !{!"Debian clang version 14.0.6"}
!5 = !{!6, !6, i64 0}
!6 = !{!"int", !7, i64 0}
!7 = !{!"omnipotent char", !8, i64 0}
!8 = !{!"Simple C/C++ TBAA"}
!9 = distinct !{!9, !10}
!10 = !{!"llvm.loop.mustprogress"}
!11 = !{!12, !12, i64 0}
!12 = !{!"float", !7, i64 0}
!13 = distinct !{!13, !10}
!14 = distinct !{!14, !10}
