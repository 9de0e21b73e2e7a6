	.text
	.attribute	4, 16
	.attribute	5, "rv64i2p0_m2p0_a2p0_f2p0_d2p0_c2p0"
	.file	"parse_operator_precedence.sy"
	.section	.sdata,"aw",@progbits
	.p2align	2                               # -- Begin function main
.LCPI0_0:
	.word	0x40d00000                      # float 6.5
	.text
	.globl	main
	.p2align	1
	.type	main,@function
main:                                   # @main
# %bb.0:
	addi	sp, sp, -48
	sd	ra, 40(sp)                      # 8-byte Folded Spill
	fsd	fs0, 32(sp)                     # 8-byte Folded Spill
	li	a0, 2
	sd	a0, 16(sp)
	li	a0, 1
	sd	a0, 8(sp)
	li	a1, 3
.LBB0_1:                                # Label of block must be emitted
	auipc	a0, %pcrel_hi(.L.str)
	addi	a0, a0, %pcrel_lo(.LBB0_1)
	li	a2, 1
	li	a3, -2
	li	a4, 24
	li	a7, 1
	sd	a1, 0(sp)
	li	a1, 0
	li	a5, 0
	li	a6, 0
	call	putf@plt
	li	a0, 10
	call	putint@plt
	li	a0, 10
	call	putch@plt
.LBB0_2:                                # Label of block must be emitted
	auipc	a0, %pcrel_hi(.LCPI0_0)
	addi	a0, a0, %pcrel_lo(.LBB0_2)
	flw	fs0, 0(a0)
	fmv.s	fa0, fs0
	call	putfloat@plt
	li	a0, 32
	call	putch@plt
	fmv.s	fa0, fs0
	call	putfloat@plt
	li	a0, 10
	call	putch@plt
	li	a0, 1
	call	putint@plt
	li	a0, 10
	call	putch@plt
	li	a0, 102
	ld	ra, 40(sp)                      # 8-byte Folded Reload
	fld	fs0, 32(sp)                     # 8-byte Folded Reload
	addi	sp, sp, 48
	ret
.Lfunc_end0:
	.size	main, .Lfunc_end0-main
                                        # -- End function
	.type	.L.str,@object                  # @.str
	.section	.rodata.str1.1,"aMS",@progbits,1
.L.str:
	.asciz	"%d %d %d %d %d %d %d %d %d %d\n"
	.size	.L.str, 31

	.ident	"Debian clang version 14.0.6"
	.section	".note.GNU-stack","",@progbits
