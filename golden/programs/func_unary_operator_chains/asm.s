	.text
	.attribute	4, 16
	.attribute	5, "rv64i2p0_m2p0_a2p0_f2p0_d2p0_c2p0"
	.file	"func_unary_operator_chains.sy"
	.globl	neg                             # -- Begin function neg
	.p2align	1
	.type	neg,@function
neg:                                    # @neg
# %bb.0:
	negw	a0, a0
	ret
.Lfunc_end0:
	.size	neg, .Lfunc_end0-neg
                                        # -- End function
	.section	.sdata,"aw",@progbits
	.p2align	2                               # -- Begin function main
.LCPI1_0:
	.word	0x40200000                      # float 2.5
.LCPI1_1:
	.word	0xc0200000                      # float -2.5
.LCPI1_2:
	.word	0x40c80000                      # float 6.25
	.text
	.globl	main
	.p2align	1
	.type	main,@function
main:                                   # @main
# %bb.0:
	addi	sp, sp, -16
	sd	ra, 8(sp)                       # 8-byte Folded Spill
	fsd	fs0, 0(sp)                      # 8-byte Folded Spill
	li	a0, -5
	call	putint@plt
	li	a0, 32
	call	putch@plt
	li	a0, 5
	call	putint@plt
	li	a0, 32
	call	putch@plt
	li	a0, -5
	call	putint@plt
	li	a0, 32
	call	putch@plt
	li	a0, 5
	call	putint@plt
	li	a0, 32
	call	putch@plt
	li	a0, 5
	call	putint@plt
	li	a0, 32
	call	putch@plt
	li	a0, 0
	call	putint@plt
	li	a0, 32
	call	putch@plt
	li	a0, 1
	call	putint@plt
	li	a0, 32
	call	putch@plt
	li	a0, 1
	call	putint@plt
	li	a0, 32
	call	putch@plt
	li	a0, 1
	call	putint@plt
	li	a0, 32
	call	putch@plt
	li	a0, -1
	call	putint@plt
	li	a0, 32
	call	putch@plt
	li	a0, 0
	call	putint@plt
	li	a0, 10
	call	putch@plt
	li	a0, 2
	call	putint@plt
	li	a0, 32
	call	putch@plt
	li	a0, 2
	call	putint@plt
	li	a0, 32
	call	putch@plt
	li	a0, -15
	call	putint@plt
	li	a0, 32
	call	putch@plt
	li	a0, 1
	call	putint@plt
	li	a0, 32
	call	putch@plt
	li	a0, -2
	call	putint@plt
	li	a0, 32
	call	putch@plt
	li	a0, 1
	call	putint@plt
	li	a0, 32
	call	putch@plt
	li	a0, 16
	call	putint@plt
	li	a0, 32
	call	putch@plt
	li	a0, -5
	call	putint@plt
	li	a0, 10
	call	putch@plt
.LBB1_1:                                # Label of block must be emitted
	auipc	a0, %pcrel_hi(.LCPI1_0)
	addi	a0, a0, %pcrel_lo(.LBB1_1)
	flw	fa0, 0(a0)
	call	putfloat@plt
	li	a0, 32
	call	putch@plt
.LBB1_2:                                # Label of block must be emitted
	auipc	a0, %pcrel_hi(.LCPI1_1)
	addi	a0, a0, %pcrel_lo(.LBB1_2)
	flw	fs0, 0(a0)
	fmv.s	fa0, fs0
	call	putfloat@plt
	li	a0, 32
	call	putch@plt
	fmv.s	fa0, fs0
	call	putfloat@plt
	li	a0, 32
	call	putch@plt
	li	a0, 0
	call	putint@plt
	li	a0, 32
	call	putch@plt
	li	a0, 1
	call	putint@plt
	li	a0, 32
	call	putch@plt
.LBB1_3:                                # Label of block must be emitted
	auipc	a0, %pcrel_hi(.LCPI1_2)
	addi	a0, a0, %pcrel_lo(.LBB1_3)
	flw	fa0, 0(a0)
	call	putfloat@plt
	li	a0, 10
	call	putch@plt
	li	a0, 31
	call	putint@plt
	li	a0, 10
	call	putch@plt
	li	a0, -31
	ld	ra, 8(sp)                       # 8-byte Folded Reload
	fld	fs0, 0(sp)                      # 8-byte Folded Reload
	addi	sp, sp, 16
	ret
.Lfunc_end1:
	.size	main, .Lfunc_end1-main
                                        # -- End function
	.ident	"Debian clang version 14.0.6"
	.section	".note.GNU-stack","",@progbits
