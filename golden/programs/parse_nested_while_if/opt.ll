; ModuleID = 'parse_nested_while_if.sy'
source_filename = "parse_nested_while_if.sy"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@.str = private unnamed_addr constant [33 x i8] c"total=%d breaks=%d continues=%d\0A\00", align 1

; Function Attrs: nounwind uwtable
define dso_local i32 @main() local_unnamed_addr #0 {
  br label %1

1:                                                ; preds = %0, %108
  %2 = phi i32 [ 0, %0 ], [ %11, %108 ]
  %3 = phi i32 [ 0, %0 ], [ %110, %108 ]
  %4 = phi i32 [ 0, %0 ], [ %111, %108 ]
  %5 = phi i32 [ 0, %0 ], [ %109, %108 ]
  %6 = add nsw i32 %2, 1
  %7 = icmp eq i32 %6, 2
  %8 = add nsw i32 %3, 1
  %9 = select i1 %7, i32 2, i32 %2
  %10 = select i1 %7, i32 %8, i32 %3
  %11 = select i1 %7, i32 3, i32 %6
  %12 = and i32 %11, 1
  %13 = icmp eq i32 %12, 0
  %14 = call i32 @llvm.smax.i32(i32 %9, i32 -1)
  %15 = add nsw i32 %14, 1
  br label %21

16:                                               ; preds = %97, %46
  %17 = phi i32 [ %106, %46 ], [ %98, %97 ]
  %18 = phi i32 [ %105, %46 ], [ %100, %97 ]
  %19 = phi i32 [ %47, %46 ], [ %99, %97 ]
  %20 = icmp eq i32 %26, 6
  br i1 %20, label %108, label %21, !llvm.loop !5

21:                                               ; preds = %1, %16
  %22 = phi i32 [ 0, %1 ], [ %26, %16 ]
  %23 = phi i32 [ %10, %1 ], [ %19, %16 ]
  %24 = phi i32 [ %4, %1 ], [ %18, %16 ]
  %25 = phi i32 [ %5, %1 ], [ %17, %16 ]
  %26 = add nuw nsw i32 %22, 1
  %27 = icmp eq i32 %22, %15
  br i1 %27, label %32, label %28

28:                                               ; preds = %21
  %29 = add nsw i32 %26, %11
  %30 = and i32 %26, 1
  %31 = icmp eq i32 %30, 0
  br label %102

32:                                               ; preds = %21
  %33 = add nsw i32 %24, 1
  br label %108

34:                                               ; preds = %102, %46
  %35 = phi i32 [ %103, %102 ], [ %37, %46 ]
  %36 = phi i32 [ %104, %102 ], [ %47, %46 ]
  %37 = add i32 %35, 1
  %38 = add nsw i32 %29, %37
  %39 = srem i32 %38, 3
  %40 = icmp eq i32 %39, 0
  br i1 %40, label %46, label %41

41:                                               ; preds = %34
  %42 = icmp slt i32 %35, 0
  br i1 %42, label %97, label %43

43:                                               ; preds = %41
  %44 = and i32 %37, 1
  %45 = icmp eq i32 %44, 0
  br label %90

46:                                               ; preds = %34
  %47 = add nsw i32 %36, 1
  %48 = icmp eq i32 %35, %107
  br i1 %48, label %16, label %34, !llvm.loop !7

49:                                               ; preds = %56
  %50 = and i32 %58, 1
  %51 = icmp eq i32 %50, 0
  br i1 %51, label %52, label %67

52:                                               ; preds = %90, %49
  %53 = phi i32 [ %57, %49 ], [ %93, %90 ]
  %54 = phi i32 [ %58, %49 ], [ %91, %90 ]
  br i1 %45, label %55, label %62

55:                                               ; preds = %52
  br i1 %31, label %56, label %60

56:                                               ; preds = %55
  %57 = add nsw i32 %53, 1
  %58 = add nuw nsw i32 %54, 1
  %59 = icmp sgt i32 %54, %35
  br i1 %59, label %97, label %49

60:                                               ; preds = %55
  %61 = add nsw i32 %94, 1
  br label %84

62:                                               ; preds = %52
  br i1 %13, label %63, label %65

63:                                               ; preds = %62
  %64 = add nsw i32 %94, 2
  br label %84

65:                                               ; preds = %62
  %66 = icmp sgt i32 %92, 2
  br i1 %66, label %97, label %84

67:                                               ; preds = %49, %90
  %68 = phi i32 [ %91, %90 ], [ %58, %49 ]
  %69 = phi i32 [ %92, %90 ], [ %54, %49 ]
  %70 = phi i32 [ %93, %90 ], [ %57, %49 ]
  %71 = icmp sgt i32 %69, 49
  %72 = sext i1 %71 to i32
  %73 = add nsw i32 %94, %72
  br label %74

74:                                               ; preds = %81, %67
  %75 = phi i32 [ %83, %81 ], [ %73, %67 ]
  %76 = phi i32 [ %82, %81 ], [ 0, %67 ]
  br label %77

77:                                               ; preds = %74, %80
  %78 = phi i32 [ 2, %80 ], [ %76, %74 ]
  %79 = icmp sgt i32 %78, %69
  br i1 %79, label %84, label %80

80:                                               ; preds = %77
  switch i32 %78, label %81 [
    i32 1, label %77
    i32 3, label %84
  ]

81:                                               ; preds = %80
  %82 = add nsw i32 %78, 1
  %83 = add nsw i32 %82, %75
  br label %74, !llvm.loop !8

84:                                               ; preds = %77, %80, %60, %65, %63
  %85 = phi i32 [ %91, %60 ], [ %91, %63 ], [ %91, %65 ], [ %68, %80 ], [ %68, %77 ]
  %86 = phi i32 [ %93, %60 ], [ %93, %63 ], [ %93, %65 ], [ %70, %80 ], [ %70, %77 ]
  %87 = phi i32 [ %61, %60 ], [ %64, %63 ], [ %94, %65 ], [ %75, %80 ], [ %75, %77 ]
  %88 = add nsw i32 %85, 1
  %89 = icmp sgt i32 %85, %35
  br i1 %89, label %97, label %90

90:                                               ; preds = %43, %84
  %91 = phi i32 [ 1, %43 ], [ %88, %84 ]
  %92 = phi i32 [ 0, %43 ], [ %85, %84 ]
  %93 = phi i32 [ %36, %43 ], [ %86, %84 ]
  %94 = phi i32 [ %106, %43 ], [ %87, %84 ]
  %95 = and i32 %91, 1
  %96 = icmp eq i32 %95, 0
  br i1 %96, label %52, label %67

97:                                               ; preds = %65, %84, %56, %41
  %98 = phi i32 [ %106, %41 ], [ %94, %56 ], [ %87, %84 ], [ %94, %65 ]
  %99 = phi i32 [ %36, %41 ], [ %57, %56 ], [ %86, %84 ], [ %93, %65 ]
  %100 = add nsw i32 %105, 1
  %101 = icmp slt i32 %35, 5
  br i1 %101, label %102, label %16, !llvm.loop !7

102:                                              ; preds = %28, %97
  %103 = phi i32 [ 0, %28 ], [ %37, %97 ]
  %104 = phi i32 [ %23, %28 ], [ %99, %97 ]
  %105 = phi i32 [ %24, %28 ], [ %100, %97 ]
  %106 = phi i32 [ %25, %28 ], [ %98, %97 ]
  %107 = call i32 @llvm.smax.i32(i32 %103, i32 5)
  br label %34

108:                                              ; preds = %16, %32
  %109 = phi i32 [ %25, %32 ], [ %17, %16 ]
  %110 = phi i32 [ %23, %32 ], [ %19, %16 ]
  %111 = phi i32 [ %33, %32 ], [ %18, %16 ]
  %112 = icmp slt i32 %9, 5
  br i1 %112, label %1, label %113, !llvm.loop !9

113:                                              ; preds = %108
  tail call void (i8*, ...) @putf(i8* noundef getelementptr inbounds ([33 x i8], [33 x i8]* @.str, i64 0, i64 0), i32 noundef %109, i32 noundef %111, i32 noundef %110) #3
  %114 = srem i32 %109, 256
  ret i32 %114
}

declare void @putf(i8* noundef, ...) local_unnamed_addr #1

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare i32 @llvm.smax.i32(i32, i32) #2

attributes #0 = { nounwind uwtable "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { "frame-pointer"="none" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nofree nosync nounwind readnone speculatable willreturn }
attributes #3 = { nounwind }

!llvm.module.flags = !{!0, !1, !2, !3}
!llvm.ident = !{!4}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 7, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 1}
!4 = !{!"Debian clang version 14.0.6"}
!5 = distinct !{!5, !6}
!6 = !{!"llvm.loop.mustprogress"}
!7 = distinct !{!7, !6}
!8 = distinct !{!8, !6}
!9 = distinct !{!9, !6}
